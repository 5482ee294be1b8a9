// URL slugs: lower-case ASCII words joined by hyphens.
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
export const SLUG_MAX = 120

// Letters that lose nothing but their accent are left to Unicode (NFKD: "é" is "e" and an accent);
// these have no such decomposition. Cyrillic and Greek follow the usual English-language
// romanisation (BGN/PCGN, simplified), so a headline in Russian, Ukrainian or Greek gets a
// readable address rather than none. Scripts without an alphabet to spell out (Chinese,
// Japanese) still give an empty slug, and the caller's fallback.
const SPELLED: Record<string, string> = {
  ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', đ: 'd', ð: 'd', þ: 'th', ł: 'l', ı: 'i', ħ: 'h',
  а: 'a', б: 'b', в: 'v', г: 'g', ґ: 'g', д: 'd', е: 'e', ё: 'yo', є: 'ye', ж: 'zh', з: 'z', и: 'i', і: 'i', ї: 'yi',
  й: 'y', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts',
  ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
  α: 'a', β: 'v', γ: 'g', δ: 'd', ε: 'e', ζ: 'z', η: 'i', θ: 'th', ι: 'i', κ: 'k', λ: 'l', μ: 'm', ν: 'n', ξ: 'x',
  ο: 'o', π: 'p', ρ: 'r', σ: 's', ς: 's', τ: 't', υ: 'y', φ: 'f', χ: 'ch', ψ: 'ps', ω: 'o',
}
const SPELLED_LETTER = new RegExp(`[${Object.keys(SPELLED).join('')}]`, 'g')

export function slugify(input: string): string {
  const spell = (text: string) => text.replace(SPELLED_LETTER, (letter) => SPELLED[letter] ?? '')
  // Spelled out before and after decomposing: "й" and "ё" are letters of their own ("y", "yo"),
  // not "и" and "е" with an accent; "ά" is "α" with one.
  const slug = spell(spell(input.toLowerCase()).normalize('NFKD').replace(/[\u0300-\u036f]/g, ''))
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
