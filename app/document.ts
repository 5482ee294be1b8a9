import type { Metadata, Viewport } from 'next'
import { sourceSerif } from './fonts'
import { env } from '@/lib/env'

// What every HTML document of the site shares: the root layout's and the global 404's.

export const siteMetadata: Metadata = {
  metadataBase: new URL(env.SITE_URL),
  title: { default: 'Broadside', template: '%s | Broadside' },
  description: 'News, analysis and opinion for the movement.',
}

export const siteViewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#fbfaf7' },
    { media: '(prefers-color-scheme: dark)', color: '#141414' },
  ],
}

export const htmlProps = { lang: 'en-GB', className: sourceSerif.variable }
export const bodyClassName = 'min-h-screen bg-paper font-sans text-ink antialiased'
