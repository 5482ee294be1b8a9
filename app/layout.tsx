import type { Metadata } from 'next'
import './globals.css'
import { bodyClassName, htmlProps, siteMetadata, siteViewport } from './document'
import { getSiteSettings } from '@/lib/data/settings'

// A cached read, expired with the settings: pages stay cached whole and follow a rename at once.
export async function generateMetadata(): Promise<Metadata> {
  return siteMetadata((await getSiteSettings()).siteName)
}

export const viewport = siteViewport

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html {...htmlProps}>
      <body className={bodyClassName}>{children}</body>
    </html>
  )
}
