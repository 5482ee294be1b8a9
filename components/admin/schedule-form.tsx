'use client'

import { useState } from 'react'

/** Picks a time in the editor's own time zone and sends it as an exact instant. */
export function ScheduleForm({ action, articleId, current, approving }: { action: (data: FormData) => Promise<void>; articleId: string; current: string | null; approving: boolean }) {
  const toLocal = (iso: string) => {
    const d = new Date(iso)
    return new Date(d.getTime() - d.getTimezoneOffset() * 60_000).toISOString().slice(0, 16)
  }
  const [local, setLocal] = useState(() => (current ? toLocal(current) : ''))
  const instant = local ? new Date(local) : null
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="articleId" value={articleId} />
      <input type="hidden" name="scheduledFor" value={instant && !Number.isNaN(instant.getTime()) ? instant.toISOString() : ''} />
      <label htmlFor="schedule-at" className="block font-semibold">
        {approving ? 'Approve and schedule for' : 'Schedule for'}
      </label>
      <input id="schedule-at" type="datetime-local" required value={local} onChange={(e) => setLocal(e.target.value)} className="w-full rounded-sm border border-rule bg-paper px-3 py-2" />
      <button className="rounded-sm bg-ink px-4 py-2 font-semibold text-paper">{approving ? 'Approve and schedule' : 'Schedule'}</button>
    </form>
  )
}
