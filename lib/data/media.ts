import 'server-only'
// The media library: uploads (checked, re-encoded, stored under content-addressed keys),
// their credits and licences, and search. Every function checks who is asking.
import { db } from '@/lib/db'
import { likeText } from '@/lib/data/like'
import { requireActor } from '@/lib/auth'
import { cacheTags } from '@/lib/cache-tags'
import { licenceById, licenceByName } from '@/lib/content/licences'
import { processUpload, storageKeyFor } from '@/lib/content/image-upload'
import { mediaSelect, toImageDto, type ImageDto } from '@/lib/data/dto'
import { ForbiddenError, NotFoundError } from '@/lib/errors'
import { mediaStorage } from '@/lib/media-storage'
import type { Prisma } from '@/lib/generated/prisma/client'
import { canEditArticle, canManageMedia, canUploadMedia } from '@/lib/permissions'
import { ownershipSelect, toOwnership } from './article-ownership'
import type { MediaDetailsInput } from '@/lib/validation/media'

export type MediaItem = ImageDto & { originalName: string; bytes: number; licenceId: string; createdAt: Date; uploadedById: string | null }

const itemSelect = { ...mediaSelect, originalName: true, bytes: true, createdAt: true, uploadedById: true } satisfies Prisma.MediaSelect

function toItem(row: Prisma.MediaGetPayload<{ select: typeof itemSelect }>): MediaItem {
  return {
    ...(toImageDto(row) as ImageDto),
    originalName: row.originalName,
    bytes: row.bytes,
    licenceId: licenceByName(row.licenceName)?.id ?? '',
    createdAt: row.createdAt,
    uploadedById: row.uploadedById,
  }
}

function licenceFields(licenceId: string) {
  const licence = licenceById(licenceId)
  // The URL always comes from the list, whatever the form sent.
  return { licenceName: licence?.name ?? '', licenceUrl: licence?.url ?? '' }
}

/** Checks, re-encodes and stores an upload; the same picture uploaded twice is one library item. */
export async function uploadMedia(file: { bytes: Uint8Array; name: string }, details: MediaDetailsInput): Promise<{ item: MediaItem; duplicate: boolean }> {
  const actor = await requireActor()
  if (!canUploadMedia(actor)) throw new ForbiddenError('You cannot upload images.')
  const image = await processUpload(file.bytes)
  const storageKey = storageKeyFor(image)
  const existing = await db.media.findUnique({ where: { storageKey }, select: itemSelect })
  if (existing) return { item: toItem(existing), duplicate: true }
  await mediaStorage.put(storageKey, image.data, image.mimeType)
  const row = await db.media.create({
    data: {
      storageKey,
      originalName: file.name.replace(/[\u0000-\u001f]/g, '').slice(0, 200),
      mimeType: image.mimeType,
      width: image.width,
      height: image.height,
      bytes: image.bytes,
      altText: details.altText,
      caption: details.caption,
      credit: details.credit,
      source: details.source,
      ...licenceFields(details.licenceId),
      uploadedById: actor.id,
    },
    select: itemSelect,
  })
  return { item: toItem(row), duplicate: false }
}

/** Editors may describe any image; others only those they uploaded. */
export async function updateMediaDetails(id: string, details: MediaDetailsInput) {
  const actor = await requireActor()
  const row = await db.media.findUnique({ where: { id }, select: { uploadedById: true } })
  if (!row) throw new NotFoundError('That image is no longer in the library.')
  if (!canManageMedia(actor)) {
    if (row.uploadedById !== actor.id) throw new ForbiddenError('You can only describe images you uploaded.')
    // A hero image's caption, credit and alt text are read from here, so they are part of every
    // piece that leads with it: changing them is an edit of those pieces, for whoever may make it.
    const heroOf = await db.article.findMany({ where: { heroImageId: id }, select: ownershipSelect })
    if (heroOf.some((article) => !canEditArticle(actor, toOwnership(article))))
      throw new ForbiddenError('This image leads a piece you cannot edit, so only an editor can change how it is described.')
  }
  const updated = await db.media.update({
    where: { id },
    data: { altText: details.altText, caption: details.caption, credit: details.credit, source: details.source, ...licenceFields(details.licenceId) },
    select: itemSelect,
  })
  // Hero images are rendered from the library row, so pages using this one must refresh.
  return { item: toItem(updated), invalidate: [cacheTags.media(id)] }
}

export async function searchMedia({ q = '', page = 1, pageSize = 24 }: { q?: string; page?: number; pageSize?: number } = {}) {
  await requireActor()
  const query = q.trim().slice(0, 100)
  const size = Math.min(60, Math.max(1, pageSize))
  const where: Prisma.MediaWhereInput = query
    ? {
        OR: ['altText', 'caption', 'credit', 'source', 'originalName'].map((field) => ({ [field]: { contains: likeText(query), mode: 'insensitive' } })),
      }
    : {}
  const [total, rows] = await Promise.all([
    db.media.count({ where }),
    db.media.findMany({ where, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], skip: (Math.max(1, page) - 1) * size, take: size, select: itemSelect }),
  ])
  return { total, page: Math.max(1, page), pageCount: Math.max(1, Math.ceil(total / size)), items: rows.map(toItem) }
}

export async function getMediaItem(id: string): Promise<MediaItem | null> {
  await requireActor()
  const row = await db.media.findUnique({ where: { id }, select: itemSelect })
  return row ? toItem(row) : null
}
