'use client'

import { useId, useState, useTransition } from 'react'
import { updateMediaDetails, type UploadState } from '@/app/(admin)/admin/media/actions'
import type { MediaItem } from '@/lib/data/media'
import { MediaFields } from './media-fields'

/** Alt text, caption, credit, source and licence of one library image. */
export function MediaDetailsForm({ item, readOnly }: { item: MediaItem; readOnly?: boolean }) {
  const [state, setState] = useState<UploadState>({})
  const [pending, startTransition] = useTransition()
  const [licenceId, setLicenceId] = useState(item.licenceId)
  const id = useId()

  return (
    <form
      aria-label={`Details of ${item.alt || item.originalName}`}
      className="space-y-2"
      onSubmit={(e) => {
        e.preventDefault()
        const data = new FormData(e.currentTarget)
        startTransition(async () => setState(await updateMediaDetails({}, data).catch(() => ({ ok: false, message: 'Could not reach the server.' }))))
      }}
    >
      <input type="hidden" name="id" value={item.id} />
      <fieldset disabled={readOnly || pending} className="space-y-2">
        <MediaFields
          id={id}
          state={state}
          values={{ altText: item.alt, caption: item.caption, credit: item.credit, source: item.source }}
          licenceId={licenceId}
          onLicenceChange={setLicenceId}
          dense
        />
        <div className="flex items-center gap-2">
          <button className="rounded-sm border border-ink px-3 py-1 text-sm font-semibold">{pending ? 'Saving…' : 'Save details'}</button>
          {state.message ? (
            <span role={state.ok ? 'status' : 'alert'} className={`text-xs ${state.ok ? '' : 'text-accent'}`}>
              {state.message}
            </span>
          ) : null}
        </div>
      </fieldset>
    </form>
  )
}
