import type { Metadata } from 'next'
import './globals.css'
import { inter, sourceSerif } from './fonts'
import { NotFoundMessage } from '@/components/site/not-found-message'
import { SiteChrome } from '@/components/site/site-chrome'

// A URL no route matches. Kept out of the root layout's not-found boundary on purpose: a root
// not-found.tsx is written into every page's payload (the whole masthead and footer again).
export const metadata: Metadata = { title: 'Page not found | Broadside' }

export default function GlobalNotFound() {
  return (
    <html lang="en-GB" className={`${sourceSerif.variable} ${inter.variable}`}>
      <body className="min-h-screen bg-paper font-sans text-ink antialiased">
        <SiteChrome>
          <NotFoundMessage />
        </SiteChrome>
      </body>
    </html>
  )
}
