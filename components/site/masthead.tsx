import type { SectionLink } from '@/lib/data/taxonomy'

/**
 * The site name, the join link and the section menu: plain links, so the menu works by
 * keyboard and without JavaScript. On a narrow screen the menu scrolls sideways rather than
 * folding into a button that would need script, and search moves up beside "Join us".
 */
export function Masthead({ siteName, tagline, sections }: { siteName: string; tagline: string; sections: SectionLink[] }) {
  return (
    <header role="banner" className="border-b-4 border-ink">
      <div className="mx-auto max-w-6xl px-4 pt-5 pb-3 sm:pt-6">
        <div className="flex items-center justify-between gap-4">
          <a href="/" className="font-serif text-3xl font-black tracking-tight no-underline min-[400px]:text-4xl sm:text-5xl">
            {siteName}
          </a>
          <div className="flex shrink-0 items-center gap-2">
            {/* On a phone the section menu scrolls, so search sits here, always in reach. */}
            <a href="/search" aria-label="Search" className="no-print rounded-sm p-2 hover:bg-panel sm:hidden">
              <svg aria-hidden="true" width="22" height="22" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2.25" strokeLinecap="round">
                <circle cx="10.5" cy="10.5" r="6.5" />
                <path d="m15.5 15.5 5 5" />
              </svg>
            </a>
            <a
              href="/join"
              className="no-print rounded-sm bg-accent px-4 py-2 text-sm font-semibold text-accent-ink no-underline hover:opacity-90"
            >
              Join us
            </a>
          </div>
        </div>
        {tagline ? <p className="mt-1 text-sm text-muted">{tagline}</p> : null}
      </div>
      <nav aria-label="Sections" className="border-t border-rule">
        {/* Narrow: the row scrolls, its right edge fading so it shows there is more. */}
        <ul className="mx-auto flex max-w-6xl gap-x-5 overflow-x-auto px-4 pr-10 text-sm font-semibold whitespace-nowrap [mask-image:linear-gradient(to_right,#000_calc(100%-2.5rem),transparent)] sm:flex-wrap sm:overflow-visible sm:pr-4 sm:[mask-image:none]">
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
          <li className="ml-auto hidden sm:list-item">
            <a href="/search" className="inline-block py-2.5 hover:underline">
              Search
            </a>
          </li>
        </ul>
      </nav>
    </header>
  )
}
