import { permanentRedirect } from 'next/navigation'
import { movedListingSlug } from '@/lib/data/archive'
import { getFeed } from '@/lib/data/feeds'
import { getSiteSettings } from '@/lib/data/settings'
import { feedResponse } from '@/lib/feed-response'

/** The RSS feed of one section's newest articles; 404 when there is no such section. */
export async function GET(_request: Request, { params }: RouteContext<'/section/[slug]/feed.xml'>) {
  const { slug } = await params
  const [feed, settings] = await Promise.all([getFeed({ kind: 'section', slug }), getSiteSettings()])
  // A renamed section's old feed address keeps working, as its page's does.
  const moved = feed ? null : await movedListingSlug('section', slug)
  if (moved) permanentRedirect(`/section/${moved}/feed.xml`)
  return feedResponse(feed, settings, `/section/${encodeURIComponent(slug)}/feed.xml`)
}
