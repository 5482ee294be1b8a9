import { getFeed } from '@/lib/data/feeds'
import { getSiteSettings } from '@/lib/data/settings'
import { feedResponse } from '@/lib/feed-response'

/** The whole site's RSS feed: the newest articles from every section. */
export async function GET() {
  const [feed, settings] = await Promise.all([getFeed({ kind: 'site' }), getSiteSettings()])
  return feedResponse(feed, settings, '/feed.xml')
}
