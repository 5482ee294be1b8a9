/** A one-line outcome carried in the URL after a redirect (?notice=…). */
export function Notice({ notice, messages }: { notice: unknown; messages: Record<string, string> }) {
  const text = typeof notice === 'string' ? messages[notice] : undefined
  if (!text) return null
  return (
    <p role="status" className="mb-4 rounded-sm border border-green-700 p-3 text-sm">
      {text}
    </p>
  )
}
