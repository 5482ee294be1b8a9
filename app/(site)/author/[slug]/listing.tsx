import type { Metadata } from 'next'
import { Picture } from '@/components/site/picture'
import { notFound, permanentRedirect } from 'next/navigation'
import { ListingPage } from '@/components/site/listing-page'
import { findAuthor, listAuthorArticles, movedListingSlug } from '@/lib/data/archive'
import { getSiteSettings } from '@/lib/data/settings'
import { pageHref, parsePageParam } from '@/lib/pagination'
import { pageMetadata, pagedTitle } from '@/lib/seo'


/** The start of a bio, for a meta description. */
const summarise = (text: string) => (text.length > 160 ? `${text.slice(0, 157).replace(/\s+\S*$/, '')}…` : text)

/** Metadata for page `pageParam` (undefined for the first) of this listing. */
export async function listingMetadata(slug: string, pageParam: string | undefined): Promise<Metadata> {
  const [owner, settings] = await Promise.all([findAuthor(slug), getSiteSettings()])
  if (!owner) return { title: 'Page not found' }
  const page = parsePageParam(pageParam) ?? 1
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

/** Page `pageParam` (undefined for the first) of this listing; unknown slugs and pages past the end are 404s. */
export async function renderListing(slug: string, pageParam: string | undefined) {
  const owner = await findAuthor(slug)
  if (!owner) {
    const moved = await movedListingSlug('author', slug)
    // The same page of the listing at its new address.
    const asked = parsePageParam(pageParam)
    if (moved) permanentRedirect(`/author/${moved}${asked && asked > 1 ? `?page=${asked}` : ''}`)
    notFound()
  }
  const page = parsePageParam(pageParam)
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
            <Picture
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
