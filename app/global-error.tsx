'use client'

// The last resort when even the root layout fails: no styles, no details.
export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en-GB">
      <body style={{ fontFamily: 'Georgia, serif', maxWidth: '40rem', margin: '4rem auto', padding: '0 1rem' }}>
        <h1>Something went wrong</h1>
        <p>We couldn&rsquo;t load this page just now. Please try again in a moment.</p>
        <button type="button" onClick={reset}>
          Try again
        </button>
        {error.digest ? <p>Reference: {error.digest}</p> : null}
      </body>
    </html>
  )
}
