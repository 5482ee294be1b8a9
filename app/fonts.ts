import localFont from 'next/font/local'

// Self-hosted from @fontsource-variable packages: no request leaves the site for fonts.
export const serif = localFont({
  src: [
    { path: '../node_modules/@fontsource-variable/source-serif-4/files/source-serif-4-latin-opsz-normal.woff2', style: 'normal' },
    { path: '../node_modules/@fontsource-variable/source-serif-4/files/source-serif-4-latin-opsz-italic.woff2', style: 'italic' },
  ],
  variable: '--font-serif',
  display: 'swap',
  weight: '200 900',
})

export const sans = localFont({
  src: [{ path: '../node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2', style: 'normal' }],
  variable: '--font-sans',
  display: 'swap',
  weight: '100 900',
})
