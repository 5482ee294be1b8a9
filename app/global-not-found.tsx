import type { Metadata } from 'next'
import './globals.css'
import { bodyClassName, htmlProps, siteMetadata, siteViewport } from './document'
import { NotFoundMessage } from '@/components/site/not-found-message'
import { SiteChrome } from '@/components/site/site-chrome'
import { getSiteSettings } from '@/lib/data/settings'

// A URL no route matches. Kept out of the root layout's not-found boundary on purpose: a root
// not-found.tsx is written into every page's payload (the whole masthead and footer again).
export async function generateMetadata(): Promise<Metadata> {
  const { siteName } = await getSiteSettings()
  return { ...siteMetadata(siteName), title: `Page not found | ${siteName}` }
}
export const viewport = siteViewport

export default function GlobalNotFound() {
  return (
    <html {...htmlProps}>
      <body className={bodyClassName}>
        <SiteChrome>
          <NotFoundMessage />
        </SiteChrome>
      </body>
    </html>
  )
}
