'use client'

import { useId } from 'react'
import { StatusForm } from './article-workflow'

/**
 * Picks a time in the editor's own time zone. The input is uncontrolled, so a time typed
 * before the page has hydrated is kept; the zone offset for that date is added as it is sent.
 * Like every status change, it saves what the editor holds first.
 */
export function ScheduleForm({ action, articleId, current, approving }: { action: (data: FormData) => Promise<void>; articleId: string; current: string | null; approving: boolean }) {
  const field = `${useId()}-schedule-at`
  return (
    <StatusForm
      action={action}
      refusal={approving ? 'Not approved or scheduled' : 'Not scheduled'}
      className="space-y-2"
      prepare={(form) => {
        const local = (form.elements.namedItem('scheduledLocal') as HTMLInputElement).value
        const when = new Date(local)
        ;(form.elements.namedItem('tzOffset') as HTMLInputElement).value = Number.isNaN(when.getTime()) ? '' : String(when.getTimezoneOffset())
      }}
    >
      <input type="hidden" name="articleId" value={articleId} />
      <input type="hidden" name="tzOffset" defaultValue="" />
      <label htmlFor={field} className="block font-semibold">
        {approving ? 'Approve and schedule for' : 'Schedule for'}
      </label>
      <input
        id={field}
        name="scheduledLocal"
        type="datetime-local"
        required
        defaultValue=""
        aria-describedby={`${field}-help`}
        className="w-full rounded-sm border border-rule bg-paper px-3 py-2"
      />
      <p id={`${field}-help`} className="text-xs text-muted">
        In your own time zone{current ? `; currently ${new Date(current).toUTCString()}` : ''}.
      </p>
      <button className="rounded-sm bg-ink px-4 py-2 font-semibold text-paper">{approving ? 'Approve and schedule' : 'Schedule'}</button>
    </StatusForm>
  )
}
