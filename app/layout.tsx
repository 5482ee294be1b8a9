import type { Metadata, Viewport } from 'next'
import './globals.css'
import { inter, sourceSerif } from './fonts'
import { env } from '@/lib/env'

export const metadata: Metadata = {
  metadataBase: new URL(env.SITE_URL),
  title: { default: 'Broadside', template: '%s | Broadside' },
  description: 'News, analysis and opinion for the movement.',
}

export const viewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#fbfaf7' },
    { media: '(prefers-color-scheme: dark)', color: '#141414' },
  ],
}

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en-GB" className={`${sourceSerif.variable} ${inter.variable}`}>
      <body className="min-h-screen bg-paper font-sans text-ink antialiased">{children}</body>
    </html>
  )
}
