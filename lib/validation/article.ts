import { z } from 'zod'
import { SLUG_MAX, SLUG_PATTERN } from '@/lib/slug'

const checkbox = z.preprocess((v) => v === 'on' || v === 'true' || v === true, z.boolean())

/** The article form, shared by the dashboard form and the save action. */
export const articleInputSchema = z.object({
  headline: z.string().trim().min(1, 'Give the piece a headline.').max(200, 'Keep the headline under 200 characters.'),
  slug: z
    .string()
    .trim()
    .max(SLUG_MAX, `Keep the slug under ${SLUG_MAX} characters.`)
    .refine((s) => s === '' || SLUG_PATTERN.test(s), 'Use lower-case letters, numbers and single hyphens only.'),
  standfirst: z.string().trim().max(600, 'Keep the standfirst under 600 characters.'),
  body: z.string().max(400_000, 'The body is too long.'),
  sectionId: z.string().trim().max(64),
  authorIds: z.array(z.string().min(1).max(64)).max(12, 'At most 12 authors.'),
  tagNames: z
    .string()
    .max(2000)
    .transform((s) =>
      [...new Set(s.split(',').map((t) => t.trim().replace(/\s+/g, ' ')).filter(Boolean))].slice(0, 30),
    ),
  heroImageId: z.string().trim().max(64),
  showBeforeYouGo: checkbox,
  seoTitle: z.string().trim().max(200),
  seoDescription: z.string().trim().max(400),
})

export type ArticleInput = z.infer<typeof articleInputSchema>

export function readArticleForm(formData: FormData) {
  const text = (name: string) => String(formData.get(name) ?? '')
  return {
    headline: text('headline'),
    slug: text('slug'),
    standfirst: text('standfirst'),
    body: text('body'),
    sectionId: text('sectionId'),
    authorIds: formData.getAll('authorIds').map(String).filter(Boolean),
    tagNames: text('tagNames'),
    heroImageId: text('heroImageId'),
    showBeforeYouGo: formData.get('showBeforeYouGo') ?? false,
    seoTitle: text('seoTitle'),
    seoDescription: text('seoDescription'),
  }
}
