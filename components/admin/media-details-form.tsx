'use client'

import { useId, useState, useTransition } from 'react'
import { updateMediaDetails, type UploadState } from '@/app/(admin)/admin/media/actions'
import type { MediaItem } from '@/lib/data/media'
import { licenceById, licences } from '@/lib/content/licences'
import { FieldErrors, invalidProps } from './field-errors'

const field = 'mt-0.5 w-full rounded-sm border border-rule bg-paper px-2 py-1 text-sm'

/** Alt text, caption, credit, source and licence of one library image. */
export function MediaDetailsForm({ item, readOnly }: { item: MediaItem; readOnly?: boolean }) {
  const [state, setState] = useState<UploadState>({})
  const [pending, startTransition] = useTransition()
  const [licenceId, setLicenceId] = useState(item.licenceId)
  const id = useId()
  const licence = licenceById(licenceId)

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
        {(
          [
            ['altText', 'Alt text', item.alt],
            ['caption', 'Caption', item.caption],
            ['credit', 'Credit', item.credit],
            ['source', 'Source', item.source],
          ] as const
        ).map(([name, label, value]) => (
          <div key={name}>
            <label htmlFor={`${id}-${name}`} className="block text-xs font-semibold">
              {label}
            </label>
            <input id={`${id}-${name}`} name={name} defaultValue={value} className={field} {...invalidProps(state, name, `${id}-${name}`)} />
            <FieldErrors state={state} name={name} id={`${id}-${name}`} />
          </div>
        ))}
        <div>
          <label htmlFor={`${id}-licence`} className="block text-xs font-semibold">
            Licence
          </label>
          <select id={`${id}-licence`} name="licenceId" value={licenceId} onChange={(e) => setLicenceId(e.target.value)} className={field}>
            <option value="">No licence stated</option>
            {licences.map((l) => (
              <option key={l.id} value={l.id}>
                {l.name}
              </option>
            ))}
          </select>
          {licence?.url ? (
            <a href={licence.url} target="_blank" rel="noopener" className="mt-0.5 block truncate text-xs underline">
              {licence.url}
            </a>
          ) : null}
        </div>
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
