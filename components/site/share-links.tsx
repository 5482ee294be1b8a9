import { shareLinks } from '@/lib/share-links'

/** Plain links to share a piece: nothing from a social network loads until the reader clicks. */
export function ShareLinks({ url, title }: { url: string; title: string }) {
  return (
    <section aria-labelledby="share-heading" className="no-print mt-8 flex flex-wrap items-baseline gap-x-3 gap-y-2 text-sm">
      <h2 id="share-heading" className="font-semibold">
        Share this article:
      </h2>
      <ul className="flex flex-wrap gap-2">
        {shareLinks(url, title).map((link) => (
          <li key={link.network}>
            <a
              href={link.href}
              rel="noopener noreferrer nofollow"
              className="inline-flex min-h-9 items-center rounded-sm border border-rule px-3 hover:border-ink"
              data-share={link.network}
            >
              {link.label}
            </a>
          </li>
        ))}
      </ul>
    </section>
  )
}
