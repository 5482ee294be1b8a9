import type { SectionLink } from '@/lib/data/taxonomy'

/**
 * The site name, the join link and the section menu: plain links, so the menu works by
 * keyboard and without JavaScript. On a narrow screen the menu scrolls sideways rather than
 * folding into a button that would need script.
 */
export function Masthead({ siteName, tagline, sections }: { siteName: string; tagline: string; sections: SectionLink[] }) {
  return (
    <header role="banner" className="border-b-4 border-ink">
      <div className="mx-auto max-w-6xl px-4 pt-5 pb-3 sm:pt-6">
        <div className="flex items-center justify-between gap-4">
          <a href="/" className="font-serif text-4xl font-black tracking-tight no-underline sm:text-5xl">
            {siteName}
          </a>
          <a
            href="/join"
            className="no-print shrink-0 rounded-sm bg-accent px-4 py-2 text-sm font-semibold text-accent-ink no-underline hover:opacity-90"
          >
            Join us
          </a>
        </div>
        {tagline ? <p className="mt-1 text-sm text-muted">{tagline}</p> : null}
      </div>
      <nav aria-label="Sections" className="border-t border-rule">
        <ul className="mx-auto flex max-w-6xl gap-x-5 overflow-x-auto px-4 text-sm font-semibold whitespace-nowrap sm:flex-wrap sm:overflow-visible">
          <li>
            <a href="/" className="inline-block py-2.5 hover:underline">
              Home
            </a>
          </li>
          {sections.map((s) => (
            <li key={s.id}>
              <a href={`/section/${s.slug}`} className="inline-block py-2.5 hover:underline">
                {s.name}
              </a>
            </li>
          ))}
          <li className="ml-auto">
            <a href="/search" className="inline-block py-2.5 hover:underline">
              Search
            </a>
          </li>
        </ul>
      </nav>
    </header>
  )
}
