import type { Metadata, Viewport } from 'next'
import { sourceSerif } from './fonts'
import { env } from '@/lib/env'

// What every HTML document of the site shares: the root layout's and the global 404's.

/** The site's name is a setting (lib/data/settings.ts), so every page's title follows it. */
export const siteMetadata = (siteName: string): Metadata => ({
  metadataBase: new URL(env.SITE_URL),
  title: { default: siteName, template: `%s | ${siteName}` },
  description: 'News, analysis and opinion for the movement.',
})

export const siteViewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#fbfaf7' },
    { media: '(prefers-color-scheme: dark)', color: '#141414' },
  ],
}

export const htmlProps = { lang: 'en-GB', className: sourceSerif.variable }
export const bodyClassName = 'min-h-screen bg-paper font-sans text-ink antialiased'
