import { z } from 'zod'
import { docSchema, type Doc } from '@/lib/content/document'
import { normalizeDoc } from '@/lib/content/normalize'
import { SLUG_MAX, SLUG_PATTERN } from '@/lib/slug'
import { PRUNE_LIMITS } from '@/lib/revision-prune'

const checkbox = z.preprocess((v) => v === 'on' || v === 'true' || v === true, z.boolean())

/** The body arrives as the editor's JSON in a hidden field; it is parsed, checked and rebuilt with only what we render. */
const bodyJson = z
  .string()
  .max(2_000_000, 'The body is too long.')
  .transform((raw, ctx): Doc => {
    let parsed: unknown
    try {
      parsed = raw.trim() ? JSON.parse(raw) : { type: 'doc', content: [] }
    } catch {
      ctx.addIssue({ code: 'custom', message: 'The body could not be read. Copy your text somewhere safe and reload the page.' })
      return z.NEVER
    }
    const checked = docSchema.safeParse(parsed)
    if (!checked.success) {
      ctx.addIssue({ code: 'custom', message: 'The body is not in the editor’s format.' })
      return z.NEVER
    }
    return normalizeDoc(checked.data)
  })

const optionalDate = z
  .string()
  .trim()
  .max(40)
  .transform((s, ctx) => {
    if (!s) return null
    const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(s) ? `${s}T12:00:00Z` : s)
    if (Number.isNaN(date.getTime())) {
      ctx.addIssue({ code: 'custom', message: 'Enter a date like 2026-11-28.' })
      return z.NEVER
    }
    return date
  })

/** The article form, shared by the dashboard editor and the save action. */
export const articleInputSchema = z.object({
  headline: z.string().trim().min(1, 'Give the piece a headline.').max(200, 'Keep the headline under 200 characters.'),
  slug: z
    .string()
    .trim()
    .max(SLUG_MAX, `Keep the slug under ${SLUG_MAX} characters.`)
    .refine((s) => s === '' || SLUG_PATTERN.test(s), 'Use lower-case letters, numbers and single hyphens only.'),
  /** True while the slug still follows the headline: then a clash is resolved by adding a number. */
  slugAuto: checkbox,
  standfirst: z.string().trim().max(600, 'Keep the standfirst under 600 characters.'),
  body: bodyJson,
  sectionId: z.string().trim().max(64),
  authorIds: z.array(z.string().min(1).max(64)).max(12, 'At most 12 authors.'),
  tagNames: z
    .array(z.string().trim().max(60, 'Keep each tag under 60 characters.'))
    .max(30, 'At most 30 tags.')
    .transform((names) => [...new Set(names.map((t) => t.replace(/\s+/g, ' ')).filter(Boolean))]),
  heroImageId: z.string().trim().max(64),
  showBeforeYouGo: checkbox,
  seoTitle: z.string().trim().max(200, 'Keep the SEO title under 200 characters.'),
  seoDescription: z.string().trim().max(400, 'Keep the SEO description under 400 characters.'),
  correction: z.string().trim().max(2000, 'Keep the correction under 2,000 characters.'),
  correctionAt: optionalDate,
})

export type ArticleInput = z.infer<typeof articleInputSchema>

/** The raw form values, kept to send back with any error so nothing typed is lost. */
export function readArticleForm(formData: FormData) {
  const text = (name: string) => String(formData.get(name) ?? '')
  return {
    headline: text('headline'),
    slug: text('slug'),
    slugAuto: formData.get('slugAuto') ?? false,
    standfirst: text('standfirst'),
    body: text('bodyJson'),
    sectionId: text('sectionId'),
    authorIds: formData.getAll('authorIds').map(String).filter(Boolean),
    tagNames: formData.getAll('tagNames').map(String).filter(Boolean),
    heroImageId: text('heroImageId'),
    showBeforeYouGo: formData.get('showBeforeYouGo') ?? false,
    seoTitle: text('seoTitle'),
    seoDescription: text('seoDescription'),
    correction: text('correction'),
    correctionAt: text('correctionAt'),
  }
}

const wholeNumber = (label: string, { min, max }: { min: number; max: number }) =>
  z.coerce.number({ error: `Enter ${label}.` }).int(`Enter ${label} as a whole number.`).min(min, `Enter at least ${min}.`).max(max, `Enter at most ${max}.`)

/** An administrator's prune of old revisions (lib/revision-prune.ts decides which go). */
export const pruneRevisionsSchema = z.object({
  olderThanDays: wholeNumber('a number of days', PRUNE_LIMITS.olderThanDays),
  keepNewest: wholeNumber('how many to keep', PRUNE_LIMITS.keepNewest),
})
