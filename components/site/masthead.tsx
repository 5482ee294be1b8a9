import Link from 'next/link'
import type { SectionLink } from '@/lib/data/taxonomy'

export function Masthead({ siteName, tagline, sections }: { siteName: string; tagline: string; sections: SectionLink[] }) {
  return (
    <header role="banner" className="border-b-4 border-ink">
      <div className="mx-auto flex max-w-6xl flex-wrap items-end justify-between gap-x-6 gap-y-2 px-4 pt-6 pb-3">
        <div>
          <Link href="/" className="font-serif text-4xl font-black tracking-tight no-underline sm:text-5xl">
            {siteName}
          </Link>
          {tagline ? <p className="mt-1 text-sm text-muted">{tagline}</p> : null}
        </div>
        <Link
          href="/join"
          className="no-print rounded-sm bg-accent px-4 py-2 text-sm font-semibold text-accent-ink no-underline hover:opacity-90"
        >
          Join us
        </Link>
      </div>
      <nav aria-label="Sections" className="border-t border-rule">
        <ul className="mx-auto flex max-w-6xl flex-wrap gap-x-5 gap-y-1 px-4 py-2 text-sm font-semibold">
          <li>
            <Link href="/" className="hover:underline">
              Home
            </Link>
          </li>
          {sections.map((s) => (
            <li key={s.id}>
              <Link href={`/section/${s.slug}`} className="hover:underline">
                {s.name}
              </Link>
            </li>
          ))}
          <li>
            <Link href="/search" className="hover:underline">
              Search
            </Link>
          </li>
        </ul>
      </nav>
    </header>
  )
}
