import { permanentRedirect } from 'next/navigation'
import { movedListingSlug } from '@/lib/data/archive'
import { getFeed } from '@/lib/data/feeds'
import { getSiteSettings } from '@/lib/data/settings'
import { feedResponse } from '@/lib/feed-response'

/** The RSS feed of one author's newest articles; 404 when there is no such author. */
export async function GET(_request: Request, { params }: RouteContext<'/author/[slug]/feed.xml'>) {
  const { slug } = await params
  const [feed, settings] = await Promise.all([getFeed({ kind: 'author', slug }), getSiteSettings()])
  // A renamed author's old feed address keeps working, as its page's does.
  const moved = feed ? null : await movedListingSlug('author', slug)
  if (moved) permanentRedirect(`/author/${moved}/feed.xml`)
  return feedResponse(feed, settings, `/author/${encodeURIComponent(slug)}/feed.xml`)
}
