import { Picture } from './picture'
import type { ArticleCardDto } from '@/lib/data/dto'
import { formatDate, joinNames } from '@/lib/format'

type Variant = 'lead' | 'grid' | 'row'

const sizes: Record<Variant, string> = {
  lead: '(min-width: 1152px) 660px, (min-width: 768px) 58vw, 100vw',
  grid: '(min-width: 1152px) 260px, (min-width: 640px) 45vw, 100vw',
  row: '(min-width: 640px) 224px, 112px',
}

/**
 * A piece in a list: hero thumbnail, section, headline, standfirst and byline. The headline is
 * the one link a keyboard stops on; the picture repeats it for pointers only.
 */
export function ArticleCard({
  article,
  variant = 'grid',
  headingLevel = 3,
  priority = false,
  showSection = true,
}: {
  article: ArticleCardDto
  variant?: Variant
  headingLevel?: 2 | 3
  priority?: boolean
  showSection?: boolean
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  const href = `/article/${article.slug}`
  const layout = {
    lead: 'grid gap-4 md:grid-cols-5 md:gap-6',
    grid: 'flex flex-col gap-3',
    row: 'grid grid-cols-[7rem_1fr] gap-4 sm:grid-cols-[14rem_1fr] sm:gap-6',
  }[variant]
  return (
    <article className={layout}>
      {article.hero ? (
        <a href={href} tabIndex={-1} aria-hidden="true" className={variant === 'lead' ? 'md:col-span-3' : ''}>
          <Picture
            src={article.hero.src}
            alt=""
            width={article.hero.width}
            height={article.hero.height}
            sizes={sizes[variant]}
            priority={priority}
            className="aspect-[3/2] h-auto w-full bg-panel object-cover"
          />
        </a>
      ) : variant === 'row' ? (
        <div aria-hidden="true" className="aspect-[3/2] w-full bg-panel" />
      ) : null}
      <div className={variant === 'lead' ? 'md:col-span-2' : 'min-w-0'}>
        {showSection && article.section ? <p className="kicker">{article.section.name}</p> : null}
        <Heading
          className={`font-serif font-bold text-balance ${
            variant === 'lead' ? 'text-3xl leading-tight sm:text-4xl' : variant === 'row' ? 'text-lg leading-snug sm:text-2xl' : 'text-xl leading-snug'
          }`}
        >
          <a href={href} className="hover:underline">
            {article.headline}
          </a>
        </Heading>
        {article.standfirst ? (
          <p className={`mt-2 text-muted ${variant === 'lead' ? 'font-serif text-lg leading-snug' : variant === 'row' ? 'hidden text-base sm:block' : 'text-sm'}`}>
            {article.standfirst}
          </p>
        ) : null}
        <p className="mt-2 text-xs text-muted">
          {article.authors.length ? <span className="font-semibold text-ink">{joinNames(article.authors.map((a) => a.name))}</span> : null}
          {article.authors.length && article.publishedAt ? ' · ' : null}
          {article.publishedAt ? <time dateTime={new Date(article.publishedAt).toISOString()}>{formatDate(article.publishedAt)}</time> : null}
          {` · ${article.readingMinutes} min read`}
        </p>
      </div>
    </article>
  )
}
