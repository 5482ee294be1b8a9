'use server'

import * as media from '@/lib/data/media'
import { expireTags } from '@/lib/cache'
import { errorToFormState, type FormState } from '@/lib/errors'
import { mediaDetailsSchema, readMediaDetails } from '@/lib/validation/media'

export type UploadState = FormState & { item?: media.MediaItem; duplicate?: boolean }

export async function updateMediaDetails(_prev: UploadState, formData: FormData): Promise<UploadState> {
  const parsed = mediaDetailsSchema.safeParse(readMediaDetails(formData))
  if (!parsed.success) return { ok: false, message: 'Nothing was saved: check the highlighted fields.', fieldErrors: parsed.error.flatten().fieldErrors }
  try {
    const { item, invalidate } = await media.updateMediaDetails(String(formData.get('id') ?? ''), parsed.data)
    expireTags(invalidate)
    return { ok: true, item, message: 'Saved.' }
  } catch (error) {
    return errorToFormState(error)
  }
}

/** For the editor's image picker; a refusal (no session) comes back as a message, not a thrown error. */
export async function searchMediaLibrary(q: string, page = 1) {
  try {
    return { ok: true as const, ...(await media.searchMedia({ q: String(q ?? ''), page: Number(page) || 1, pageSize: 24 })) }
  } catch (error) {
    return { ok: false as const, message: errorToFormState(error).message ?? 'The library could not be searched.' }
  }
}
