import localFont from 'next/font/local'

// Self-hosted from @fontsource-variable packages: no request leaves the site for fonts. The
// weight-axis files only (about 50 KB each; the optical-size ones are 120 KB+). Only the serif
// the reading text is set in is a web font; labels, bylines and the dashboard use the reader's
// own system sans (app/tokens.css), which costs nothing to fetch: on a phone the ~50 KB of a
// sans web font arrived alongside the hero image and the scripts and held back the first paint.
export const sourceSerif = localFont({
  src: [
    { path: '../node_modules/@fontsource-variable/source-serif-4/files/source-serif-4-latin-wght-normal.woff2', style: 'normal' },
    { path: '../node_modules/@fontsource-variable/source-serif-4/files/source-serif-4-latin-wght-italic.woff2', style: 'italic' },
  ],
  variable: '--font-serif',
  display: 'swap',
  // Until the face arrives, text is set in a local serif stretched to the same metrics, so
  // nothing moves when it swaps in.
  adjustFontFallback: 'Times New Roman',
  weight: '200 900',
})
