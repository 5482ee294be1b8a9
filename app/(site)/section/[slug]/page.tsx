import type { Metadata } from 'next'
import { notFound, permanentRedirect } from 'next/navigation'
import { ListingPage } from '@/components/site/listing-page'
import { findListingRedirect, findSection, listSectionArticles } from '@/lib/data/archive'
import { getSiteSettings } from '@/lib/data/settings'
import { listSections } from '@/lib/data/taxonomy'
import { pageHref, parsePageParam } from '@/lib/pagination'
import { pageMetadata, pagedTitle } from '@/lib/seo'

// The slug is checked before `?page=` (request data) is read: that check runs while the page
// for this URL is prerendered, so an unknown or renamed section answers a real 404 or 308.
// The rest renders per request from cached reads.
export const instant = false

export async function generateStaticParams() {
  const sections = await listSections()
  // At least one entry: without it every request would get a generic shell, and a 200 status.
  return (sections.length ? sections : [{ slug: '__none__' }]).map((s) => ({ slug: s.slug }))
}

export async function generateMetadata({ params, searchParams }: PageProps<'/section/[slug]'>): Promise<Metadata> {
  const { slug } = await params
  const [owner, settings] = await Promise.all([findSection(slug), getSiteSettings()])
  if (!owner) return { title: 'Page not found' }
  const page = parsePageParam((await searchParams).page) ?? 1
  return pageMetadata({
    title: pagedTitle(owner.name, page),
    description: owner.description || `The latest ${owner.name.toLowerCase()} from ${settings.siteName}.`,
    path: pageHref(`/section/${owner.slug}`, page),
    siteName: settings.siteName,
    feeds: [{ title: owner.name, path: `/section/${owner.slug}/feed.xml` }],
  })
}

export default async function SectionPage({ params, searchParams }: PageProps<'/section/[slug]'>) {
  const { slug } = await params
  const owner = await findSection(slug)
  if (!owner) {
    const moved = await findListingRedirect('section', slug)
    if (moved) permanentRedirect(`/section/${moved}`)
    notFound()
  }
  const page = parsePageParam((await searchParams).page)
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
