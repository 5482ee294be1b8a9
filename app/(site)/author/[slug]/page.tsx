import type { Metadata } from 'next'
import Image from 'next/image'
import { notFound, permanentRedirect } from 'next/navigation'
import { ListingPage } from '@/components/site/listing-page'
import { findAuthor, findListingRedirect, listAuthorArticles } from '@/lib/data/archive'
import { getSiteSettings } from '@/lib/data/settings'
import { pageHref, parsePageParam } from '@/lib/pagination'
import { pageMetadata, pagedTitle } from '@/lib/seo'

// The slug is checked before `?page=` (request data) is read: that check runs while the page
// for this URL is prerendered, so an unknown or renamed author answers a real 404 or 308.
// The rest renders per request from cached reads.
export const instant = false

export function generateStaticParams() {
  // Other authors render on first request and are cached from then on. At least one entry is
  // needed: without it every request would get a generic shell, and a 200 status.
  return [{ slug: '__none__' }]
}

/** The start of a bio, for a meta description. */
const summarise = (text: string) => (text.length > 160 ? `${text.slice(0, 157).replace(/\s+\S*$/, '')}…` : text)

export async function generateMetadata({ params, searchParams }: PageProps<'/author/[slug]'>): Promise<Metadata> {
  const { slug } = await params
  const [owner, settings] = await Promise.all([findAuthor(slug), getSiteSettings()])
  if (!owner) return { title: 'Page not found' }
  const page = parsePageParam((await searchParams).page) ?? 1
  return pageMetadata({
    title: pagedTitle(owner.name, page),
    description: owner.bio ? summarise(owner.bio) : `Articles by ${owner.name} on ${settings.siteName}.`,
    path: pageHref(`/author/${owner.slug}`, page),
    siteName: settings.siteName,
    type: 'profile',
    image: owner.photo ? { url: owner.photo.src, width: owner.photo.width, height: owner.photo.height, alt: owner.photo.alt || owner.name } : null,
    feeds: [{ title: owner.name, path: `/author/${owner.slug}/feed.xml` }],
  })
}

export default async function AuthorPage({ params, searchParams }: PageProps<'/author/[slug]'>) {
  const { slug } = await params
  const owner = await findAuthor(slug)
  if (!owner) {
    const moved = await findListingRedirect('author', slug)
    if (moved) permanentRedirect(`/author/${moved}`)
    notFound()
  }
  const page = parsePageParam((await searchParams).page)
  const listing = page === null ? null : await listAuthorArticles(owner.id, page)
  if (!listing) notFound()
  const initials = owner.name
    .split(/\s+/)
    .map((part) => part[0])
    .filter(Boolean)
    .slice(0, 2)
    .join('')
  return (
    <ListingPage
      header={
        <div className="flex flex-col gap-5 sm:flex-row sm:items-start">
          {owner.photo ? (
            <Image
              src={owner.photo.src}
              alt={owner.photo.alt || `${owner.name}`}
              width={owner.photo.width}
              height={owner.photo.height}
              sizes="128px"
              priority
              className="size-28 shrink-0 rounded-full bg-panel object-cover sm:size-32"
            />
          ) : (
            <div aria-hidden="true" className="flex size-28 shrink-0 items-center justify-center rounded-full bg-panel font-serif text-4xl font-black text-muted sm:size-32">
              {initials}
            </div>
          )}
          <div>
            <p className="kicker">Author</p>
            <h1 className="font-serif text-4xl font-black sm:text-5xl">{owner.name}</h1>
            {owner.bio ? <p className="mt-3 max-w-[65ch] text-lg">{owner.bio}</p> : null}
          </div>
        </div>
      }
      {...listing}
      basePath={`/author/${owner.slug}`}
      emptyText="Nothing published yet."
    />
  )
}
