'use client'

import { useRouter } from 'next/navigation'
import { useId, useState, useTransition } from 'react'
import type { UploadState } from '@/app/(admin)/admin/media/actions'
import type { MediaItem } from '@/lib/data/media'
import { licenceById, licences } from '@/lib/content/licences'
import { FieldErrors, fieldClass, invalidProps } from './field-errors'

// Bigger than this never reaches the action (the server's body limit), so say so here.
const TRANSPORT_LIMIT = 24 * 1024 * 1024

/** Uploads an image with its alt text, caption, credit, source and licence. What was typed survives a refusal. */
export function MediaUploadForm({ onUploaded, compact = false }: { onUploaded?: (item: MediaItem) => void; compact?: boolean }) {
  const [state, setState] = useState<UploadState>({})
  const [pending, startTransition] = useTransition()
  const [licenceId, setLicenceId] = useState('')
  const id = useId()
  const router = useRouter()
  const licence = licenceById(licenceId)

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
        <div>
          <label htmlFor={`${id}-alt`} className="block text-sm font-semibold">
            Alt text <span className="font-normal text-muted">(for screen readers)</span>
          </label>
          <input id={`${id}-alt`} name="altText" className={fieldClass} {...invalidProps(state, 'altText', `${id}-alt`)} />
          <FieldErrors state={state} name="altText" id={`${id}-alt`} />
        </div>
        <div>
          <label htmlFor={`${id}-caption`} className="block text-sm font-semibold">
            Caption
          </label>
          <input id={`${id}-caption`} name="caption" className={fieldClass} {...invalidProps(state, 'caption', `${id}-caption`)} />
          <FieldErrors state={state} name="caption" id={`${id}-caption`} />
        </div>
        <div>
          <label htmlFor={`${id}-credit`} className="block text-sm font-semibold">
            Credit <span className="font-normal text-muted">(photographer)</span>
          </label>
          <input id={`${id}-credit`} name="credit" className={fieldClass} {...invalidProps(state, 'credit', `${id}-credit`)} />
          <FieldErrors state={state} name="credit" id={`${id}-credit`} />
        </div>
        <div>
          <label htmlFor={`${id}-source`} className="block text-sm font-semibold">
            Source <span className="font-normal text-muted">(e.g. Flickr)</span>
          </label>
          <input id={`${id}-source`} name="source" className={fieldClass} {...invalidProps(state, 'source', `${id}-source`)} />
          <FieldErrors state={state} name="source" id={`${id}-source`} />
        </div>
        <div>
          <label htmlFor={`${id}-licence`} className="block text-sm font-semibold">
            Licence
          </label>
          <select id={`${id}-licence`} name="licenceId" value={licenceId} onChange={(e) => setLicenceId(e.target.value)} className={fieldClass}>
            <option value="">No licence stated</option>
            {licences.map((l) => (
              <option key={l.id} value={l.id}>
                {l.name}
              </option>
            ))}
          </select>
          <FieldErrors state={state} name="licenceId" id={`${id}-licence`} />
        </div>
        <div>
          <label htmlFor={`${id}-licence-url`} className="block text-sm font-semibold">
            Licence URL <span className="font-normal text-muted">(fills in by itself)</span>
          </label>
          <input id={`${id}-licence-url`} readOnly value={licence?.url ?? ''} className={`${fieldClass} text-muted`} />
        </div>
      </div>
      <button type="submit" disabled={pending} className="rounded-sm bg-ink px-4 py-2 font-semibold text-paper disabled:opacity-60">
        {pending ? 'Uploading…' : 'Upload'}
      </button>
    </form>
  )
}
