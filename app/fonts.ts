import localFont from 'next/font/local'

// Self-hosted from @fontsource-variable packages: no request leaves the site for fonts. The
// weight-axis files only (about 50 KB each; the optical-size ones are 120 KB+), and only the
// serif the reading text is set in is preloaded: the sans is for labels and may arrive later.
export const serif = localFont({
  src: [
    { path: '../node_modules/@fontsource-variable/source-serif-4/files/source-serif-4-latin-wght-normal.woff2', style: 'normal' },
    { path: '../node_modules/@fontsource-variable/source-serif-4/files/source-serif-4-latin-wght-italic.woff2', style: 'italic' },
  ],
  variable: '--font-serif',
  display: 'swap',
  weight: '200 900',
})

export const sans = localFont({
  src: [{ path: '../node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2', style: 'normal' }],
  variable: '--font-sans',
  display: 'swap',
  preload: false,
  weight: '100 900',
})
