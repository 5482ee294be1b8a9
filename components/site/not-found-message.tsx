
export function NotFoundMessage() {
  return (
    <div className="mx-auto max-w-prose py-12">
      <p className="text-sm font-bold tracking-wide text-accent uppercase">Error 404</p>
      <h1 className="mt-2 font-serif text-4xl font-black">We can&rsquo;t find that page</h1>
      <p className="mt-4 text-lg">
        The link may be mistyped, or the piece may have moved or been taken down. Try the front page or search the archive.
      </p>
      <ul className="mt-6 flex flex-wrap gap-4 font-semibold">
        <li>
          <a href="/" className="underline">
            Go to the front page
          </a>
        </li>
        <li>
          <a href="/search" className="underline">
            Search the archive
          </a>
        </li>
      </ul>
    </div>
  )
}
