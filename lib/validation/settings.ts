import { z } from 'zod'

const checkbox = z.preprocess((v) => v === 'on' || v === 'true' || v === true, z.boolean())

export const settingsSchema = z.object({
  siteName: z.string().trim().min(1, 'Give the site a name.').max(80),
  tagline: z.string().trim().max(160),
  beforeYouGoHeading: z.string().trim().min(1, 'The box needs a heading.').max(80),
  beforeYouGoText: z.string().trim().min(1, 'Say why readers should join.').max(800),
  beforeYouGoLinkText: z.string().trim().min(1, 'The button needs a label.').max(60),
  beforeYouGoLinkUrl: z
    .string()
    .trim()
    .max(300)
    .refine((u) => /^\/(?!\/)/.test(u) || /^https:\/\//.test(u), 'Use a path on this site (like /join) or an https:// address.'),
  duesText: z.string().trim().max(1500),
  feedFullText: checkbox,
})

export type SettingsInput = z.infer<typeof settingsSchema>
