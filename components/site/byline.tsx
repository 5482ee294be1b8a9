import { formatDate } from '@/lib/format'

type Props = {
  authors: { id: string; name: string; slug: string }[]
  section: { name: string; slug: string } | null
  publishedAt: Date
  updatedAt: Date | null
  readingMinutes: number
}

export function Byline({ authors, section, publishedAt, updatedAt, readingMinutes }: Props) {
  return (
    <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1 border-y border-rule py-3 text-sm">
      {authors.length ? (
        <p className="font-semibold">
          By{' '}
          {authors.map((a, i) => (
            <span key={a.id}>
              {i > 0 ? (i === authors.length - 1 ? ' and ' : ', ') : null}
              <a href={`/author/${a.slug}`} rel="author" className="underline">
                {a.name}
              </a>
            </span>
          ))}
        </p>
      ) : null}
      {section ? (
        <p>
          <a href={`/section/${section.slug}`} className="font-semibold text-accent uppercase tracking-wide underline">
            {section.name}
          </a>
        </p>
      ) : null}
      <p className="text-muted">
        <time dateTime={new Date(publishedAt).toISOString()}>{formatDate(publishedAt)}</time>
        {updatedAt ? (
          <>
            {' · Updated '}
            <time dateTime={new Date(updatedAt).toISOString()}>{formatDate(updatedAt)}</time>
          </>
        ) : null}
        {` · ${readingMinutes} min read`}
      </p>
    </div>
  )
}
