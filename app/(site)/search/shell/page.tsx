import { getSiteSettings } from '@/lib/data/settings'
import { searchRegionHtml } from '@/lib/search-html'
import { pageMetadata } from '@/lib/seo'

// The site's chrome around an empty search form, prerendered and cached whole like any reader
// page (expired with the settings and sections it shows). app/(site)/search/route.ts answers every
// /search address by reading this page from the server itself and putting the search's own part
// in place of the slot (lib/search-html.ts). Opened directly it is the empty search page, whose
// address it names as canonical.
export async function generateMetadata() {
  const settings = await getSiteSettings()
  return pageMetadata({ title: 'Search', description: `Search every article ${settings.siteName} has published.`, path: '/search', siteName: settings.siteName })
}

export default function SearchShell() {
  // React writes this opening tag as lib/search-html.ts's SLOT_START.
  return <div data-search-slot="" dangerouslySetInnerHTML={{ __html: searchRegionHtml({ kind: 'form' }).value }} />
}
