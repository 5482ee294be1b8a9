import { listingMetadata, renderListing } from '../../listing'

// Reached through the rewrite of /author/<slug>?page=N (next.config.ts).
export function generateStaticParams() {
  // At least one entry, so unknown pages render whole on first request (and 404 for real).
  return [{ slug: '__none__', page: '2' }]
}

export async function generateMetadata({ params }: PageProps<'/author/[slug]/page/[page]'>) {
  const { slug, page } = await params
  return listingMetadata(slug, page)
}

export default async function AuthorPageN({ params }: PageProps<'/author/[slug]/page/[page]'>) {
  const { slug, page } = await params
  return renderListing(slug, page)
}
