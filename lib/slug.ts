// URL slugs: lower-case ASCII words joined by hyphens.
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
export const SLUG_MAX = 120

export function slugify(input: string): string {
  const slug = input
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
  return slug.slice(0, SLUG_MAX).replace(/-+$/, '')
}

/**
 * The address's slug in lower case when it was typed with capitals ("/tag/NHS"), else null.
 * Every slug is made lower case (slugify), so a reader who capitalised one gets redirected to it.
 * Only slugs of ASCII letters, digits and hyphens: anything else (percent-encoded letters, whose
 * escapes are upper case) is no slug we made.
 */
export const lowerCasedSlug = (slug: string): string | null => (/^[a-z0-9-]*[A-Z][A-Za-z0-9-]*$/.test(slug) ? slug.toLowerCase() : null)
