'use client'

import { useRouter } from 'next/navigation'
import { useId, useState, useTransition } from 'react'
import type { UploadState } from '@/app/(admin)/admin/media/actions'
import type { MediaItem } from '@/lib/data/media'
import { FieldErrors, invalidProps } from './field-errors'
import { MediaFields } from './media-fields'

// Bigger than this never reaches the action (the server's body limit), so say so here.
const TRANSPORT_LIMIT = 24 * 1024 * 1024

/** Uploads an image with its alt text, caption, credit, source and licence. What was typed survives a refusal. */
export function MediaUploadForm({ onUploaded, compact = false }: { onUploaded?: (item: MediaItem) => void; compact?: boolean }) {
  const [state, setState] = useState<UploadState>({})
  const [pending, startTransition] = useTransition()
  const [licenceId, setLicenceId] = useState('')
  const id = useId()
  const router = useRouter()

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault()
    event.stopPropagation()
    const form = event.currentTarget
    const data = new FormData(form)
    const file = data.get('file')
    if (file instanceof File && file.size > TRANSPORT_LIMIT) {
      setState({ ok: false, fieldErrors: { file: [`That file is ${(file.size / 1024 / 1024).toFixed(1)} MB; the limit is 20 MB. Export a smaller version and try again.`] } })
      return
    }
    startTransition(async () => {
      try {
        // A route handler, not a server action: see app/api/media/route.ts for why.
        const response = await fetch('/api/media', { method: 'POST', body: data, credentials: 'same-origin' })
        const result = (await response.json()) as UploadState
        if (response.status === 401) result.message = 'Your session has ended. Sign in again in another tab, then upload again.'
        setState(result)
        if (result.ok && result.item) {
          form.reset()
          setLicenceId('')
          if (onUploaded) onUploaded(result.item)
          else router.refresh()
        }
      } catch {
        setState({ ok: false, message: 'The upload did not reach the server. Check your connection and try again.' })
      }
    })
  }

  return (
    <form onSubmit={onSubmit} aria-label="Upload an image" className="space-y-3" noValidate>
      {state.message ? (
        <p role={state.ok ? 'status' : 'alert'} className={`rounded-sm border p-2 text-sm ${state.ok ? 'border-green-700' : 'border-accent'}`}>
          {state.message}
        </p>
      ) : null}
      <div>
        <label htmlFor={`${id}-file`} className="block text-sm font-semibold">
          Image file <span className="font-normal text-muted">(JPEG, PNG, WebP or GIF, up to 20 MB)</span>
        </label>
        <input
          id={`${id}-file`}
          name="file"
          type="file"
          required
          accept="image/jpeg,image/png,image/webp,image/gif"
          className="mt-1 block w-full text-sm"
          {...invalidProps(state, 'file', `${id}-file`)}
        />
        <FieldErrors state={state} name="file" id={`${id}-file`} />
      </div>
      <div className={compact ? 'grid gap-3' : 'grid gap-3 sm:grid-cols-2'}>
        <MediaFields id={id} state={state} licenceId={licenceId} onLicenceChange={setLicenceId} />
      </div>
      <button type="submit" disabled={pending} className="rounded-sm bg-ink px-4 py-2 font-semibold text-paper disabled:opacity-60">
        {pending ? 'Uploading…' : 'Upload'}
      </button>
    </form>
  )
}
