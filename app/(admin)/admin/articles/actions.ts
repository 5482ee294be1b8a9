'use server'

import { redirect } from 'next/navigation'
import * as articles from '@/lib/data/article-editing'
import { createGuestAuthor as createGuestAuthorRecord } from '@/lib/data/taxonomy'
import { expireTags } from '@/lib/cache'
import { FieldError, ForbiddenError, LivePieceAutosaveError, NotFoundError, NotSignedInError, StaleVersionError, errorToFormState, isExpectedError, type FormState } from '@/lib/errors'
import { articleInputSchema, pruneRevisionsSchema, readArticleForm } from '@/lib/validation/article'
import { guestAuthorSchema } from '@/lib/validation/taxonomy'
import type { ArticleStatus } from '@/lib/generated/prisma/enums'

// Server actions are public HTTP endpoints: each one parses its input and
// leaves every permission check to lib/data, which re-checks the session.

/**
 * `unavailable`: the server could not save just now (the database away, most likely); the editor keeps the text and retries.
 * A save also says what the piece is now (`status`, last edited when and by whom): it may have changed in another tab.
 */
export type SaveArticleState = FormState & {
  version?: number
  slug?: string
  stale?: boolean
  unavailable?: boolean
  /** The session ended: nothing was saved; the editor offers a way to sign in again and keeps the text. */
  signedOut?: boolean
  live?: boolean
  status?: ArticleStatus
  updatedAt?: string
  lastEditedBy?: string | null
}

export async function saveArticle(formData: FormData): Promise<SaveArticleState> {
  const values = readArticleForm(formData)
  const parsed = articleInputSchema.safeParse(values)
  if (!parsed.success) {
    const fieldErrors = parsed.error.flatten().fieldErrors
    return { ok: false, message: 'Nothing was saved: check the highlighted fields.', fieldErrors }
  }
  const id = String(formData.get('id') ?? '')
  let createdId: string | null = null
  try {
    if (id) {
      const version = Number(formData.get('version'))
      const result = await articles.updateArticle(id, version, parsed.data, { autosave: formData.get('autosave') === '1' })
      expireTags(result.invalidate)
      return {
        ok: true,
        message: 'Saved.',
        version: result.version,
        slug: result.slug,
        status: result.status,
        updatedAt: result.updatedAt.toISOString(),
        lastEditedBy: result.lastEditedBy,
      }
    }
    const created = await articles.createArticle(parsed.data)
    expireTags(created.invalidate)
    createdId = created.id
  } catch (error) {
    const state = errorToFormState(error)
    if (error instanceof StaleVersionError) return { ...state, stale: true }
    if (error instanceof NotSignedInError) return { ...state, signedOut: true, message: 'Nothing was saved: you have been signed out. Your text is kept here; sign in again, then save.' }
    if (error instanceof LivePieceAutosaveError) return { ...state, live: true, status: 'PUBLISHED' }
    if (!isExpectedError(error)) {
      return { ...state, unavailable: true, message: 'Nothing was saved: the server cannot save just now. Your text is kept on this device, and saving resumes by itself.' }
    }
    return state
  }
  redirect(`/admin/articles/${createdId}?notice=created`)
}

/** The version someone else saved, shown beside the editor's text after a refused save. */
export async function loadLatestArticle(id: string) {
  try {
    return { ok: true as const, ...(await articles.getLatestForConflict(String(id))) }
  } catch (error) {
    return { ok: false as const, message: errorToFormState(error).message ?? 'Could not load the other version.' }
  }
}

export async function createGuestAuthor(name: string): Promise<{ ok: true; author: { id: string; name: string } } | { ok: false; message: string }> {
  const parsed = guestAuthorSchema.safeParse({ name })
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0]?.message ?? 'Type a name.' }
  try {
    const author = await createGuestAuthorRecord(parsed.data.name)
    return { ok: true, author: { id: author.id, name: author.name } }
  } catch (error) {
    if (error instanceof FieldError) return { ok: false, message: error.message }
    return { ok: false, message: errorToFormState(error).message ?? 'Could not create the author.' }
  }
}

export async function createPreviewLink(articleId: string): Promise<{ ok: true; path: string; expiresAt: string } | { ok: false; message: string }> {
  try {
    const link = await articles.createPreviewLink(String(articleId))
    return { ok: true, path: link.path, expiresAt: link.expiresAt.toISOString() }
  } catch (error) {
    return { ok: false, message: errorToFormState(error).message ?? 'Could not make a preview link.' }
  }
}

/**
 * A status change from the editing page, which sends the version it shows: a piece saved since by
 * someone else is refused ('stale'), and a change that did not happen (the piece was already
 * moved on elsewhere) says so ('unchanged') rather than claiming success.
 */
async function changeStatus(formData: FormData, change: (id: string, expectedVersion?: number) => Promise<{ changed: boolean; invalidate: string[] }>, notice: string) {
  const id = String(formData.get('articleId') ?? '')
  const sent = Number(formData.get('version') ?? NaN)
  const expectedVersion = Number.isInteger(sent) && sent > 0 ? sent : undefined
  let outcome = notice
  try {
    const result = await change(id, expectedVersion)
    expireTags(result.invalidate)
    if (!result.changed) outcome = 'unchanged'
  } catch (error) {
    if (error instanceof NotSignedInError) redirect('/login')
    outcome =
      error instanceof StaleVersionError
        ? 'stale'
        : error instanceof FieldError
        ? `invalid-${error.field}`
        : error instanceof ForbiddenError
          ? 'forbidden'
          : error instanceof NotFoundError
            ? 'missing'
            : 'failed'
    if (outcome === 'failed') console.error('[action] status change failed', { id, error })
  }
  redirect(`/admin/articles/${encodeURIComponent(id)}?notice=${outcome}`)
}

/**
 * Restores a revision once the editor has confirmed, on the restore page, what that will do (on a
 * published piece, readers see it at once). That page's form carries the version and status it
 * showed; a post without them is sent to the page, and a piece changed since is asked about again.
 */
export async function restoreRevision(formData: FormData) {
  const id = String(formData.get('articleId') ?? '')
  const revisionId = String(formData.get('revisionId') ?? '')
  const confirmPage = `/admin/articles/${encodeURIComponent(id)}/history/restore/${encodeURIComponent(revisionId)}`
  const version = Number(formData.get('version'))
  const status = String(formData.get('status') ?? '')
  if (formData.get('confirm') !== 'yes' || !Number.isInteger(version) || !articles.isArticleStatus(status)) redirect(confirmPage)
  let outcome = 'restored'
  try {
    const result = await articles.restoreRevision(id, revisionId, { version, status }, { keepHero: formData.get('keepHero') === 'on' })
    expireTags(result.invalidate)
    if (status === 'PUBLISHED') outcome = 'restored-live'
  } catch (error) {
    if (error instanceof NotSignedInError) redirect('/login')
    if (error instanceof StaleVersionError) redirect(`${confirmPage}?notice=changed`)
    // The one field a restore can fail on: a byline only an editor may set (lib/permissions.ts).
    outcome =
      error instanceof ForbiddenError ? 'forbidden' : error instanceof NotFoundError ? 'missing' : error instanceof FieldError && error.field === 'authorIds' ? 'restore-byline' : 'failed'
    if (outcome === 'failed') console.error('[action] restore failed', { id, revisionId, error })
  }
  redirect(`/admin/articles/${encodeURIComponent(id)}?notice=${outcome}`)
}

/** An administrator deletes old saves and autosaves of one article, after confirming on the history page. */
export async function pruneRevisions(formData: FormData) {
  const id = String(formData.get('articleId') ?? '')
  const history = `/admin/articles/${encodeURIComponent(id)}/history`
  const parsed = pruneRevisionsSchema.safeParse({ olderThanDays: formData.get('olderThanDays'), keepNewest: formData.get('keepNewest') })
  if (!parsed.success) redirect(`${history}?notice=prune-invalid`)
  const preview = `pruneDays=${parsed.data.olderThanDays}&pruneKeep=${parsed.data.keepNewest}`
  if (formData.get('confirm') !== 'on') redirect(`${history}?${preview}&notice=prune-confirm`)
  let outcome = 'pruned'
  try {
    await articles.pruneRevisions(id, parsed.data)
  } catch (error) {
    if (error instanceof NotSignedInError) redirect('/login')
    outcome = error instanceof ForbiddenError ? 'forbidden' : error instanceof NotFoundError ? 'missing' : 'failed'
    if (outcome === 'failed') console.error('[action] prune failed', { id, error })
  }
  redirect(`${history}?notice=${outcome}`)
}

export async function publishArticle(formData: FormData) {
  await changeStatus(formData, articles.publishArticle, 'published')
}

export async function unpublishArticle(formData: FormData) {
  await changeStatus(formData, articles.unpublishArticle, 'unpublished')
}

export async function submitForReview(formData: FormData) {
  await changeStatus(formData, articles.submitForReview, 'submitted')
}

export async function sendBackForChanges(formData: FormData) {
  const note = String(formData.get('reviewNote') ?? '')
  await changeStatus(formData, (id, version) => articles.sendBackForChanges(id, note, version), 'returned')
}

export async function scheduleArticle(formData: FormData) {
  // "2026-11-28T19:30" in the editor's zone, plus that zone's offset in minutes (UTC when unknown).
  const local = String(formData.get('scheduledLocal') ?? '')
  const offset = Number(formData.get('tzOffset') || 0)
  const when = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(local) && Number.isFinite(offset) ? new Date(Date.parse(`${local}:00Z`) + offset * 60_000) : new Date(NaN)
  await changeStatus(formData, (id, version) => articles.scheduleArticle(id, when, version), 'scheduled')
}
