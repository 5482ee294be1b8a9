import Image from 'next/image'
import Link from 'next/link'
import type { ArticleCardDto } from '@/lib/data/dto'
import { formatDate, joinNames } from '@/lib/format'

export function ArticleCard({ article, lead = false }: { article: ArticleCardDto; lead?: boolean }) {
  const Heading = lead ? 'h2' : 'h3'
  return (
    <article className={lead ? 'grid gap-4 md:grid-cols-5' : 'flex flex-col gap-2'}>
      {article.hero ? (
        <Link href={`/article/${article.slug}`} tabIndex={-1} aria-hidden="true" className={lead ? 'md:col-span-3' : ''}>
          <Image
            src={article.hero.src}
            alt=""
            width={article.hero.width}
            height={article.hero.height}
            sizes={lead ? '(min-width: 768px) 660px, 100vw' : '(min-width: 768px) 360px, 100vw'}
            priority={lead}
            className="aspect-[3/2] h-auto w-full bg-panel object-cover"
          />
        </Link>
      ) : null}
      <div className={lead ? 'md:col-span-2' : ''}>
        {article.section ? (
          <p className="text-xs font-bold tracking-wide text-accent uppercase">{article.section.name}</p>
        ) : null}
        <Heading className={`font-serif font-bold leading-tight ${lead ? 'text-3xl sm:text-4xl' : 'text-xl'}`}>
          <Link href={`/article/${article.slug}`} className="hover:underline">
            {article.headline}
          </Link>
        </Heading>
        {article.standfirst ? <p className={`mt-2 text-muted ${lead ? 'text-lg' : 'text-sm'}`}>{article.standfirst}</p> : null}
        <p className="mt-2 text-xs text-muted">
          {article.authors.length ? `${joinNames(article.authors.map((a) => a.name))} · ` : ''}
          {article.publishedAt ? <time dateTime={new Date(article.publishedAt).toISOString()}>{formatDate(article.publishedAt)}</time> : null}
        </p>
      </div>
    </article>
  )
}
