import type { Metadata } from 'next'
import { notFound, permanentRedirect } from 'next/navigation'
import { ListingPage } from '@/components/site/listing-page'
import { findListingRedirect, findTag, listTagArticles } from '@/lib/data/archive'
import { getSiteSettings } from '@/lib/data/settings'
import { pageHref, parsePageParam } from '@/lib/pagination'
import { pageMetadata, pagedTitle } from '@/lib/seo'

// The slug is checked before `?page=` (request data) is read: that check runs while the page
// for this URL is prerendered, so an unknown or renamed tag answers a real 404 or 308.
// The rest renders per request from cached reads.
export const instant = false

export function generateStaticParams() {
  // Other tags render on first request and are cached from then on. At least one entry is
  // needed: without it every request would get a generic shell, and a 200 status.
  return [{ slug: '__none__' }]
}

export async function generateMetadata({ params, searchParams }: PageProps<'/tag/[slug]'>): Promise<Metadata> {
  const { slug } = await params
  const [owner, settings] = await Promise.all([findTag(slug), getSiteSettings()])
  if (!owner) return { title: 'Page not found' }
  const page = parsePageParam((await searchParams).page) ?? 1
  return pageMetadata({
    title: pagedTitle(owner.name, page),
    description: owner.description || `Articles tagged ${owner.name} on ${settings.siteName}.`,
    path: pageHref(`/tag/${owner.slug}`, page),
    siteName: settings.siteName,
    feeds: [{ title: owner.name, path: `/tag/${owner.slug}/feed.xml` }],
  })
}

export default async function TagPage({ params, searchParams }: PageProps<'/tag/[slug]'>) {
  const { slug } = await params
  const owner = await findTag(slug)
  if (!owner) {
    const moved = await findListingRedirect('tag', slug)
    if (moved) permanentRedirect(`/tag/${moved}`)
    notFound()
  }
  const page = parsePageParam((await searchParams).page)
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
