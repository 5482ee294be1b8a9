'use client'

import { useEffect } from 'react'

// Readers see a plain apology and a way on; the details go to the server log, never the page.
export default function SiteError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => {
    console.error('Page error', error.digest)
  }, [error])
  return (
    <div className="mx-auto max-w-prose py-12">
      <h1 className="font-serif text-4xl font-black">Something went wrong</h1>
      <p className="mt-4 text-lg">We couldn&rsquo;t load this page just now. Please try again in a moment.</p>
      <div className="mt-6 flex gap-4 font-semibold">
        <button type="button" onClick={reset} className="rounded-sm bg-ink px-4 py-2 text-paper">
          Try again
        </button>
        <a href="/" className="px-4 py-2 underline">
          Go to the front page
        </a>
      </div>
      {error.digest ? <p className="mt-6 text-sm text-muted">Reference: {error.digest}</p> : null}
    </div>
  )
}
