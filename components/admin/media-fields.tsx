import type { FormState } from '@/lib/errors'
import { licenceById, licences } from '@/lib/content/licences'
import { FieldErrors, fieldClass, invalidProps } from './field-errors'

const denseField = 'mt-0.5 w-full rounded-sm border border-rule bg-paper px-2 py-1 text-sm'

const textFields = [
  { name: 'altText', label: 'Alt text', hint: 'for screen readers' },
  { name: 'caption', label: 'Caption' },
  { name: 'credit', label: 'Credit', hint: 'photographer' },
  { name: 'source', label: 'Source', hint: 'e.g. Flickr' },
] as const

export type MediaFieldValues = Partial<Record<(typeof textFields)[number]['name'], string>>

/**
 * What the library records about an image beside the file: alt text, caption, credit, source
 * and licence (whose URL fills in by itself). The upload form and the details form both use it;
 * `dense` is the library card's small version.
 */
export function MediaFields({
  id,
  state,
  values = {},
  licenceId,
  onLicenceChange,
  dense = false,
}: {
  id: string
  state: FormState
  values?: MediaFieldValues
  licenceId: string
  onLicenceChange: (licenceId: string) => void
  dense?: boolean
}) {
  const control = dense ? denseField : fieldClass
  const labelClass = dense ? 'block text-xs font-semibold' : 'block text-sm font-semibold'
  const licence = licenceById(licenceId)
  const label = (text: string, hint?: string) => (
    <>
      {text}
      {hint ? <span className="font-normal text-muted"> ({hint})</span> : null}
    </>
  )
  return (
    <>
      {textFields.map((f) => (
        <div key={f.name}>
          <label htmlFor={`${id}-${f.name}`} className={labelClass}>
            {label(f.label, 'hint' in f ? f.hint : undefined)}
          </label>
          <input id={`${id}-${f.name}`} name={f.name} defaultValue={values[f.name]} className={control} {...invalidProps(state, f.name, `${id}-${f.name}`)} />
          <FieldErrors state={state} name={f.name} id={`${id}-${f.name}`} />
        </div>
      ))}
      <div>
        <label htmlFor={`${id}-licence`} className={labelClass}>
          Licence
        </label>
        <select
          id={`${id}-licence`}
          name="licenceId"
          value={licenceId}
          onChange={(e) => onLicenceChange(e.target.value)}
          className={control}
          {...invalidProps(state, 'licenceId', `${id}-licence`)}
        >
          <option value="">No licence stated</option>
          {licences.map((l) => (
            <option key={l.id} value={l.id}>
              {l.name}
            </option>
          ))}
        </select>
        <FieldErrors state={state} name="licenceId" id={`${id}-licence`} />
      </div>
      {dense ? (
        // The library card links to the licence instead, to read it.
        licence?.url ? (
          <a href={licence.url} target="_blank" rel="noopener" className="block truncate text-xs underline">
            {licence.url}
          </a>
        ) : null
      ) : (
        <div>
          <label htmlFor={`${id}-licence-url`} className={labelClass}>
            {label('Licence URL', 'fills in by itself')}
          </label>
          <input id={`${id}-licence-url`} readOnly value={licence?.url ?? ''} className={`${control} text-muted`} />
        </div>
      )}
    </>
  )
}
