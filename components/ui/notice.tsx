/** A one-line outcome message picked by a fixed code from the URL: nothing from the URL is echoed. */
export function Notice({ code, notices }: { code: string | string[] | undefined; notices: Record<string, { text: string; ok: boolean }> }) {
  const notice = typeof code === 'string' ? notices[code] : undefined
  if (!notice) return null
  return (
    <p role={notice.ok ? 'status' : 'alert'} className={`mt-4 rounded-sm border p-3 text-sm ${notice.ok ? 'border-green-700' : 'border-accent'}`}>
      {notice.text}
    </p>
  )
}
