import type { Metadata } from 'next'
import Image from 'next/image'
import { LabelledSection } from '@/components/admin/labelled-section'
import { MediaDetailsForm } from '@/components/admin/media-details-form'
import { SearchFilter } from '@/components/admin/filter-fields'
import { MediaUploadForm } from '@/components/admin/media-upload-form'
import { getActor } from '@/lib/auth'
import { searchMedia } from '@/lib/data/media'
import { formatDateTime } from '@/lib/format'
import { canManageMedia } from '@/lib/permissions'

export const metadata: Metadata = { title: 'Media library' }

export default async function MediaLibraryPage({ searchParams }: PageProps<'/admin/media'>) {
  const params = await searchParams
  const q = typeof params.q === 'string' ? params.q : ''
  const page = Number(typeof params.page === 'string' ? params.page : 1) || 1
  const [{ items, total, pageCount }, actor] = await Promise.all([searchMedia({ q, page, pageSize: 24 }), getActor()])
  const pageHref = (n: number) => `/admin/media?${new URLSearchParams({ ...(q && { q }), page: String(n) })}`

  return (
    <>
      <h1 className="text-2xl font-bold">Media library</h1>
      <LabelledSection heading="Upload an image" className="mt-6 rounded-sm border border-rule bg-panel p-4" headingClassName="mb-3 text-lg font-bold">
        <MediaUploadForm />
      </LabelledSection>
      <form role="search" className="mt-8 flex flex-wrap items-end gap-2">
        <SearchFilter label="Search the library" value={q} controlClassName="mt-1 rounded-sm border border-rule bg-paper px-3 py-2" />
        <button className="rounded-sm border border-ink px-4 py-2 font-semibold">Search</button>
      </form>
      <p className="mt-3 text-sm text-muted">{total === 1 ? '1 image' : `${total} images`}</p>
      <ul className="mt-3 grid gap-6 sm:grid-cols-2 lg:grid-cols-3">
        {items.map((item) => (
          <li key={item.id} className="rounded-sm border border-rule p-3">
            <Image src={item.src} alt={item.alt} width={item.width} height={item.height} sizes="(min-width: 1024px) 360px, (min-width: 640px) 50vw, 100vw" className="h-auto w-full bg-panel" />
            <p className="mt-1 text-xs text-muted">
              {item.originalName} · {item.width}×{item.height} · {formatDateTime(item.createdAt)}
            </p>
            <div className="mt-2">
              <MediaDetailsForm item={item} readOnly={!actor || (!canManageMedia(actor) && item.uploadedById !== actor.id)} />
            </div>
          </li>
        ))}
      </ul>
      {pageCount > 1 ? (
        <nav aria-label="Pages" className="mt-6 flex gap-3 text-sm">
          {page > 1 ? <a href={pageHref(page - 1)}>Previous</a> : null}
          <span>
            Page {page} of {pageCount}
          </span>
          {page < pageCount ? <a href={pageHref(page + 1)}>Next</a> : null}
        </nav>
      ) : null}
    </>
  )
}
