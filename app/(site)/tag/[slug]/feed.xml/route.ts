import { permanentRedirect } from 'next/navigation'
import { movedListingSlug } from '@/lib/data/archive'
import { getFeed } from '@/lib/data/feeds'
import { getSiteSettings } from '@/lib/data/settings'
import { feedResponse } from '@/lib/feed-response'

/** The RSS feed of one tag's newest articles; 404 when there is no such tag. */
export async function GET(_request: Request, { params }: RouteContext<'/tag/[slug]/feed.xml'>) {
  const { slug } = await params
  const [feed, settings] = await Promise.all([getFeed({ kind: 'tag', slug }), getSiteSettings()])
  // A renamed tag's old feed address keeps working, as its page's does.
  const moved = feed ? null : await movedListingSlug('tag', slug)
  if (moved) permanentRedirect(`/tag/${moved}/feed.xml`)
  return feedResponse(feed, settings, `/tag/${encodeURIComponent(slug)}/feed.xml`)
}
