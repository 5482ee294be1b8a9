// Licences an image may carry. The URL fills in from the choice; "Photo: credit / source / licence" links it.
export type Licence = { id: string; name: string; url: string }

const cc = (code: string, version: '2.0' | '4.0'): Licence => ({
  id: `cc-${code.toLowerCase()}-${version}`,
  name: `CC ${code} ${version}`,
  url: `https://creativecommons.org/licenses/${code.toLowerCase()}/${version}/`,
})

const codes = ['BY', 'BY-SA', 'BY-NC', 'BY-NC-SA', 'BY-ND', 'BY-NC-ND'] as const

export const licences: Licence[] = [
  ...codes.flatMap((code) => [cc(code, '2.0'), cc(code, '4.0')]),
  { id: 'cc0', name: 'CC0 1.0', url: 'https://creativecommons.org/publicdomain/zero/1.0/' },
  { id: 'public-domain', name: 'Public domain', url: 'https://creativecommons.org/publicdomain/mark/1.0/' },
  { id: 'permission', name: 'Used with permission', url: '' },
  { id: 'all-rights-reserved', name: 'All rights reserved', url: '' },
]

export const licenceById = (id: string) => licences.find((l) => l.id === id)
export const licenceByName = (name: string) => licences.find((l) => l.name === name)

export type CreditFields = { credit: string; source: string; licenceName: string; licenceUrl: string }

/** The pieces of "Photo: A. Photographer / Flickr / CC BY-NC 2.0", empty ones left out. */
export function creditLine(media: CreditFields): { text: string[]; licence: { name: string; url: string } | null } | null {
  const text = [media.credit, media.source].map((s) => s.trim()).filter(Boolean)
  const licence = media.licenceName.trim() ? { name: media.licenceName.trim(), url: media.licenceUrl.trim() } : null
  if (!text.length && !licence) return null
  return { text, licence }
}
