import { getFeed } from '@/lib/data/feeds'
import { getSiteSettings } from '@/lib/data/settings'
import { feedResponse } from '@/lib/feed-response'

/** The RSS feed of one tag's newest articles; 404 when there is no such tag. */
export async function GET(_request: Request, { params }: RouteContext<'/tag/[slug]/feed.xml'>) {
  const { slug } = await params
  const [feed, settings] = await Promise.all([getFeed({ kind: 'tag', slug }), getSiteSettings()])
  return feedResponse(feed, settings, `/tag/${encodeURIComponent(slug)}/feed.xml`)
}
