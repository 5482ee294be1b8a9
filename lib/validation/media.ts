import { z } from 'zod'
import { licenceById } from '@/lib/content/licences'

/** The descriptive fields of a library image; the licence URL comes from the list, never from the form. */
export const mediaDetailsSchema = z.object({
  altText: z.string().trim().max(500, 'Keep the alt text under 500 characters.'),
  caption: z.string().trim().max(1000, 'Keep the caption under 1,000 characters.'),
  credit: z.string().trim().max(200, 'Keep the credit under 200 characters.'),
  source: z.string().trim().max(200, 'Keep the source under 200 characters.'),
  licenceId: z
    .string()
    .trim()
    .refine((id) => id === '' || Boolean(licenceById(id)), 'Choose a licence from the list.'),
})

export type MediaDetailsInput = z.infer<typeof mediaDetailsSchema>

export function readMediaDetails(formData: FormData) {
  const text = (name: string) => String(formData.get(name) ?? '')
  return { altText: text('altText'), caption: text('caption'), credit: text('credit'), source: text('source'), licenceId: text('licenceId') }
}
