'use server'

import { expireTags } from '@/lib/cache'
import { updateSiteSettings } from '@/lib/data/settings'
import { errorToFormState, type FormState } from '@/lib/errors'
import { settingsSchema } from '@/lib/validation/settings'

export async function saveSettings(_prev: FormState, formData: FormData): Promise<FormState> {
  const keys = ['siteName', 'tagline', 'beforeYouGoHeading', 'beforeYouGoText', 'beforeYouGoLinkText', 'beforeYouGoLinkUrl', 'duesText'] as const
  const values: Record<string, unknown> = Object.fromEntries(keys.map((k) => [k, String(formData.get(k) ?? '')]))
  values.feedFullText = formData.get('feedFullText') === 'on'
  const parsed = settingsSchema.safeParse(values)
  if (!parsed.success) return { ok: false, message: 'Check the highlighted fields.', fieldErrors: parsed.error.flatten().fieldErrors, values }
  try {
    const { invalidate } = await updateSiteSettings(parsed.data)
    expireTags(invalidate)
    return { ok: true, message: 'Settings saved. The site shows them now.', values }
  } catch (error) {
    return errorToFormState(error, values)
  }
}
