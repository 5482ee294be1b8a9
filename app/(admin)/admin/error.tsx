'use client'

export default function AdminError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div role="alert" className="max-w-prose py-8">
      <h1 className="text-2xl font-bold">This page could not be loaded</h1>
      <p className="mt-3">
        {error.message && !error.digest ? error.message : 'The server could not complete the request. Nothing you typed elsewhere was lost.'}
      </p>
      <button type="button" onClick={reset} className="mt-4 rounded-sm bg-ink px-4 py-2 font-semibold text-paper">
        Try again
      </button>
      {error.digest ? <p className="mt-4 text-sm text-muted">Reference: {error.digest}</p> : null}
    </div>
  )
}
