import { z } from 'zod'
import { SLUG_MAX, SLUG_PATTERN } from '@/lib/slug'

const slug = z
  .string()
  .trim()
  .max(SLUG_MAX, `Keep the slug under ${SLUG_MAX} characters.`)
  .refine((s) => s === '' || SLUG_PATTERN.test(s), 'Use lower-case letters, numbers and single hyphens only.')

/** Tags and sections: a name, a slug (made from the name when empty) and a description. */
export const termInputSchema = z.object({
  name: z.string().trim().min(1, 'Give it a name.').max(60, 'Keep the name under 60 characters.'),
  slug,
  description: z.string().trim().max(1000, 'Keep the description under 1,000 characters.'),
})

export type TermInput = z.infer<typeof termInputSchema>

export const authorInputSchema = z.object({
  name: z.string().trim().min(1, 'Give the author a name.').max(120, 'Keep the name under 120 characters.'),
  slug,
  bio: z.string().trim().max(2000, 'Keep the bio under 2,000 characters.'),
})

export type AuthorInput = z.infer<typeof authorInputSchema>

export const guestAuthorSchema = z.object({
  name: z.string().trim().min(2, 'Type the guest author’s full name.').max(120, 'Keep the name under 120 characters.'),
})

export function readTermForm(formData: FormData) {
  const text = (name: string) => String(formData.get(name) ?? '')
  return { name: text('name'), slug: text('slug'), description: text('description') }
}

export function readAuthorForm(formData: FormData) {
  const text = (name: string) => String(formData.get(name) ?? '')
  return { name: text('name'), slug: text('slug'), bio: text('bio') }
}
