import type { Metadata } from 'next'
import { notFound, permanentRedirect } from 'next/navigation'
import { ListingPage } from '@/components/site/listing-page'
import { findTag, listTagArticles, movedListingSlug } from '@/lib/data/archive'
import { getSiteSettings } from '@/lib/data/settings'
import { pageHref, parsePageParam } from '@/lib/pagination'
import { pageMetadata, pagedTitle } from '@/lib/seo'


/** Metadata for page `pageParam` (undefined for the first) of this listing. */
export async function listingMetadata(slug: string, pageParam: string | undefined): Promise<Metadata> {
  const [owner, settings] = await Promise.all([findTag(slug), getSiteSettings()])
  if (!owner) return { title: 'Page not found' }
  const page = parsePageParam(pageParam) ?? 1
  return pageMetadata({
    title: pagedTitle(owner.name, page),
    description: owner.description || `Articles tagged ${owner.name} on ${settings.siteName}.`,
    path: pageHref(`/tag/${owner.slug}`, page),
    siteName: settings.siteName,
    feeds: [{ title: owner.name, path: `/tag/${owner.slug}/feed.xml` }],
  })
}

/** Page `pageParam` (undefined for the first) of this listing; unknown slugs and pages past the end are 404s. */
export async function renderListing(slug: string, pageParam: string | undefined) {
  const owner = await findTag(slug)
  if (!owner) {
    const moved = await movedListingSlug('tag', slug)
    // The same page of the listing at its new address.
    const asked = parsePageParam(pageParam)
    if (moved) permanentRedirect(`/tag/${moved}${asked && asked > 1 ? `?page=${asked}` : ''}`)
    notFound()
  }
  const page = parsePageParam(pageParam)
  const listing = page === null ? null : await listTagArticles(owner.id, page)
  if (!listing) notFound()
  return (
    <ListingPage
      header={
        <>
          <p className="kicker">Tag</p>
          <h1 className="font-serif text-4xl font-black sm:text-5xl">{owner.name}</h1>
          {owner.description ? <p className="mt-3 max-w-[65ch] text-lg text-muted">{owner.description}</p> : null}
        </>
      }
      {...listing}
      basePath={`/tag/${owner.slug}`}
      emptyText="Nothing has been published under this tag yet."
    />
  )
}
