import type { Metadata } from 'next'
import { notFound, permanentRedirect } from 'next/navigation'
import { ListingPage } from '@/components/site/listing-page'
import { findSection, listSectionArticles, movedListingSlug } from '@/lib/data/archive'
import { getSiteSettings } from '@/lib/data/settings'
import { pageHref, parsePageParam } from '@/lib/pagination'
import { pageMetadata, pagedTitle } from '@/lib/seo'


/** Metadata for page `pageParam` (undefined for the first) of this listing. */
export async function listingMetadata(slug: string, pageParam: string | undefined): Promise<Metadata> {
  const [owner, settings] = await Promise.all([findSection(slug), getSiteSettings()])
  if (!owner) return { title: 'Page not found' }
  const page = parsePageParam(pageParam) ?? 1
  return pageMetadata({
    title: pagedTitle(owner.name, page),
    description: owner.description || `The latest ${owner.name.toLowerCase()} from ${settings.siteName}.`,
    path: pageHref(`/section/${owner.slug}`, page),
    siteName: settings.siteName,
    feeds: [{ title: owner.name, path: `/section/${owner.slug}/feed.xml` }],
  })
}

/** Page `pageParam` (undefined for the first) of this listing; unknown slugs and pages past the end are 404s. */
export async function renderListing(slug: string, pageParam: string | undefined) {
  const owner = await findSection(slug)
  if (!owner) {
    const moved = await movedListingSlug('section', slug)
    // The same page of the listing at its new address.
    const asked = parsePageParam(pageParam)
    if (moved) permanentRedirect(`/section/${moved}${asked && asked > 1 ? `?page=${asked}` : ''}`)
    notFound()
  }
  const page = parsePageParam(pageParam)
  const listing = page === null ? null : await listSectionArticles(owner.id, page)
  if (!listing) notFound()
  return (
    <ListingPage
      header={
        <>
          <p className="kicker">Section</p>
          <h1 className="font-serif text-4xl font-black sm:text-5xl">{owner.name}</h1>
          {owner.description ? <p className="mt-3 max-w-[65ch] text-lg text-muted">{owner.description}</p> : null}
        </>
      }
      {...listing}
      basePath={`/section/${owner.slug}`}
      emptyText="Nothing has been published in this section yet."
      showSection={false}
    />
  )
}
