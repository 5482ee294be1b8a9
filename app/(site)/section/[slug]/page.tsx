import { listingMetadata, renderListing } from './listing'
import { listSections } from '@/lib/data/taxonomy'

// Page 1 lives here and is prerendered whole; `?page=N` is rewritten (next.config.ts) to
// ./page/[page], so every page of the listing is a cacheable URL with a real 404 past the end.
export async function generateStaticParams() {
  const sections = await listSections()
  // At least one entry: without it every request would get a generic shell, and a 200 status.
  return (sections.length ? sections : [{ slug: '__none__' }]).map((s) => ({ slug: s.slug }))
}

export async function generateMetadata({ params }: PageProps<'/section/[slug]'>) {
  return listingMetadata((await params).slug, undefined)
}

export default async function SectionPage({ params }: PageProps<'/section/[slug]'>) {
  return renderListing((await params).slug, undefined)
}
