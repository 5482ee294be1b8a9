import './globals.css'
import { bodyClassName, htmlProps, siteMetadata, siteViewport } from './document'

export const metadata = siteMetadata
export const viewport = siteViewport

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html {...htmlProps}>
      <body className={bodyClassName}>{children}</body>
    </html>
  )
}
