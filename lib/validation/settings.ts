import { z } from 'zod'

const checkbox = z.preprocess((v) => v === 'on' || v === 'true' || v === true, z.boolean())

export const settingsSchema = z.object({
  siteName: z.string().trim().min(1, 'Give the site a name.').max(80, 'Keep the name under 80 characters.'),
  tagline: z.string().trim().max(160, 'Keep the tagline under 160 characters.'),
  beforeYouGoHeading: z.string().trim().min(1, 'The box needs a heading.').max(80, 'Keep the heading under 80 characters.'),
  beforeYouGoText: z.string().trim().min(1, 'Say why readers should join.').max(800, 'Keep the text under 800 characters.'),
  beforeYouGoLinkText: z.string().trim().min(1, 'The button needs a label.').max(60, 'Keep the label under 60 characters.'),
  beforeYouGoLinkUrl: z
    .string()
    .trim()
    .max(300, 'Keep the address under 300 characters.')
    .refine((u) => /^\/(?!\/)/.test(u) || /^https:\/\//.test(u), 'Use a path on this site (like /join) or an https:// address.'),
  duesText: z.string().trim().max(1500, 'Keep the text under 1,500 characters.'),
  feedFullText: checkbox,
})

export type SettingsInput = z.infer<typeof settingsSchema>
