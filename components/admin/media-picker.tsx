'use client'

import Image from 'next/image'
import { useEffect, useId, useRef, useState, useTransition } from 'react'
import { createPortal } from 'react-dom'
import { searchMediaLibrary } from '@/app/(admin)/admin/media/actions'
import type { MediaItem } from '@/lib/data/media'
import { MediaUploadForm } from './media-upload-form'

type Props = { title: string; onSelect: (item: MediaItem) => void; onClose: () => void }

/** A modal media library: search, pick, or upload and pick. Rendered outside the article form, so its upload form is not nested. */
export function MediaPicker({ title, onSelect, onClose }: Props) {
  const dialog = useRef<HTMLDialogElement>(null)
  const [q, setQ] = useState('')
  const [result, setResult] = useState<{ items: MediaItem[]; total: number } | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [pending, startTransition] = useTransition()
  const uid = useId()

  const search = (query: string) =>
    startTransition(async () => {
      try {
        const r = await searchMediaLibrary(query)
        if (!r.ok) return setError(r.message)
        setResult({ items: r.items, total: r.total })
        setError(null)
      } catch {
        setError('The library could not be searched. Check your connection and try again.')
      }
    })

  useEffect(() => {
    dialog.current?.showModal()
    search('')
  }, [])

  return createPortal(
    <dialog
      ref={dialog}
      aria-labelledby={`${uid}-title`}
      onClose={onClose}
      className="m-auto max-h-[90vh] w-[min(60rem,95vw)] overflow-y-auto rounded-sm border border-ink bg-paper p-0 text-ink backdrop:bg-black/50"
    >
      <div className="sticky top-0 z-10 flex items-center justify-between border-b border-rule bg-panel px-4 py-3">
        <h2 id={`${uid}-title`} className="text-lg font-bold">
          {title}
        </h2>
        <button type="button" onClick={() => dialog.current?.close()} className="rounded-sm border border-ink px-3 py-1 text-sm">
          Close
        </button>
      </div>
      <div className="grid gap-6 p-4 md:grid-cols-[1fr_18rem]">
        <section aria-labelledby={`${uid}-library`}>
          <h3 id={`${uid}-library`} className="font-semibold">
            From the library
          </h3>
          <form
            role="search"
            className="mt-2 flex gap-2"
            onSubmit={(e) => {
              e.preventDefault()
              e.stopPropagation()
              search(q)
            }}
          >
            <label htmlFor={`${uid}-q`} className="sr-only">
              Search the library
            </label>
            <input
              id={`${uid}-q`}
              value={q}
              onChange={(e) => setQ(e.target.value)}
              placeholder="Search alt text, caption, credit…"
              className="w-full rounded-sm border border-rule bg-paper px-3 py-2"
            />
            <button className="rounded-sm border border-ink px-3 py-2 text-sm font-semibold">Search</button>
          </form>
          {error ? (
            <p role="alert" className="mt-2 text-sm text-accent">
              {error}
            </p>
          ) : null}
          <p className="mt-2 text-sm text-muted" aria-live="polite">
            {pending ? 'Searching…' : result ? `${result.total} image${result.total === 1 ? '' : 's'}` : ''}
          </p>
          <ul className="mt-2 grid grid-cols-2 gap-3 sm:grid-cols-3">
            {result?.items.map((item) => (
              <li key={item.id}>
                <button
                  type="button"
                  onClick={() => {
                    onSelect(item)
                    dialog.current?.close()
                  }}
                  className="block w-full rounded-sm border border-rule p-1 text-left hover:border-ink"
                  aria-label={`Choose ${item.alt || item.originalName}`}
                >
                  <Image src={item.src} alt="" width={item.width} height={item.height} sizes="200px" className="aspect-[4/3] w-full object-cover" />
                  <span className="mt-1 block truncate text-xs">{item.alt || item.originalName}</span>
                  {item.credit ? <span className="block truncate text-xs text-muted">{item.credit}</span> : null}
                </button>
              </li>
            ))}
          </ul>
        </section>
        <section aria-labelledby={`${uid}-upload`}>
          <h3 id={`${uid}-upload`} className="font-semibold">
            Upload a new image
          </h3>
          <div className="mt-2">
            <MediaUploadForm
              compact
              onUploaded={(item) => {
                onSelect(item)
                dialog.current?.close()
              }}
            />
          </div>
        </section>
      </div>
    </dialog>,
    document.body,
  )
}
