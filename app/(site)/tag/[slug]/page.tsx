import { listingMetadata, renderListing } from './listing'

// Page 1 lives here and is prerendered whole; `?page=N` is rewritten (next.config.ts) to
// ./page/[page], so every page of the listing is a cacheable URL with a real 404 past the end.
export function generateStaticParams() {
  // Other tags render on first request and are cached from then on. At least one entry is
  // needed: without it every request would get a generic shell, and a 200 status.
  return [{ slug: '__none__' }]
}

export async function generateMetadata({ params }: PageProps<'/tag/[slug]'>) {
  return listingMetadata((await params).slug, undefined)
}

export default async function TagPage({ params }: PageProps<'/tag/[slug]'>) {
  return renderListing((await params).slug, undefined)
}
