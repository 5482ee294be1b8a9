import { Masthead } from './masthead'
import { SiteFooter } from './site-footer'
import { getSiteSettings } from '@/lib/data/settings'
import { listSections } from '@/lib/data/taxonomy'

/** Masthead, main landmark and footer around every public page, including 404s. */
export async function SiteChrome({ children }: { children: React.ReactNode }) {
  const [settings, sections] = await Promise.all([getSiteSettings(), listSections()])
  return (
    // A column as tall as the window, so the footer sits at the bottom of short pages.
    <div className="flex min-h-screen flex-col">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:bg-paper focus:px-4 focus:py-2 focus:font-semibold"
      >
        Skip to content
      </a>
      <Masthead siteName={settings.siteName} tagline={settings.tagline} sections={sections} />
      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-8 focus:outline-none">
        {children}
      </main>
      <SiteFooter siteName={settings.siteName} />
    </div>
  )
}
