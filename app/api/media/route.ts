import { NextResponse } from 'next/server'
import * as media from '@/lib/data/media'
import { errorToFormState, NotSignedInError } from '@/lib/errors'
import { mediaDetailsSchema, readMediaDetails } from '@/lib/validation/media'

// Uploads come here rather than to a server action on an /admin page: the proxy that
// guards /admin buffers request bodies only up to 10 MB (proxyClientMaxBodySize), and
// images may be 20. The data layer checks the session and permission as everywhere else.

const json = (body: unknown, status = 200) => NextResponse.json(body, { status, headers: { 'Cache-Control': 'private, no-store' } })

/** A state-changing endpoint refuses requests another site's page sent. */
function isCrossSite(request: Request): boolean {
  if (request.headers.get('sec-fetch-site') === 'cross-site') return true
  const origin = request.headers.get('origin')
  if (!origin) return false
  try {
    return new URL(origin).host !== request.headers.get('host')
  } catch {
    return true
  }
}

export async function POST(request: Request) {
  if (isCrossSite(request)) return json({ ok: false, message: 'Uploads must come from this site’s own pages.' }, 403)
  let formData: FormData
  try {
    formData = await request.formData()
  } catch {
    return json({ ok: false, fieldErrors: { file: ['The upload was cut off before it finished. Try again; the limit is 20 MB.'] } }, 400)
  }
  const file = formData.get('file')
  if (!(file instanceof File)) return json({ ok: false, fieldErrors: { file: ['Choose an image to upload.'] } }, 400)
  const parsed = mediaDetailsSchema.safeParse(readMediaDetails(formData))
  if (!parsed.success) return json({ ok: false, message: 'Nothing was uploaded: check the highlighted fields.', fieldErrors: parsed.error.flatten().fieldErrors }, 400)
  try {
    const { item, duplicate } = await media.uploadMedia({ bytes: new Uint8Array(await file.arrayBuffer()), name: file.name }, parsed.data)
    return json({
      ok: true,
      item,
      duplicate,
      message: duplicate ? 'That image is already in the library; it has been selected.' : `Uploaded “${item.originalName}” (${item.width}×${item.height}).`,
    })
  } catch (error) {
    const state = errorToFormState(error)
    return json(state, state.fieldErrors ? 422 : error instanceof NotSignedInError ? 401 : 403)
  }
}
