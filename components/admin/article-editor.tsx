'use client'
// The editing screen's form. Everything typed lives in React state, so a refused save
// never loses a word; the body travels to the server as the editor's JSON in a hidden field.
import './article-editor.css'
import Image from 'next/image'
import { useCallback, useEffect, useId, useMemo, useRef, useState, useTransition } from 'react'
import { createPreviewLink, loadLatestArticle, saveArticle, type SaveArticleState } from '@/app/(admin)/admin/articles/actions'
import type { EditorValues } from '@/lib/data/article-editing'
import { countWords, docToText, readingMinutes, type FigureAttrs } from '@/lib/content/document'
import type { MediaItem } from '@/lib/data/media'
import { SLUG_MAX, SLUG_PATTERN, slugify } from '@/lib/slug'
import { isRedirect, useArticleWorkflow } from './article-workflow'
import { AuthorPicker } from './author-picker'
import { BodyEditor } from './body-editor'
import { FieldErrors, fieldClass, invalidProps } from './field-errors'
import { MediaPicker } from './media-picker'
import { SeoPreview } from './seo-preview'
import { TagPicker } from './tag-picker'

type Author = { id: string; name: string; guest?: boolean }

export type EditorArticle = EditorValues

type Props = {
  initial: EditorArticle
  sections: { id: string; name: string }[]
  authors: Author[]
  tags: string[]
  siteUrl: string
  siteName: string
  readOnly?: boolean
  /** Published: readers see every save, so nothing is saved until the editor says so. */
  live?: boolean
}

type Values = Omit<EditorArticle, 'id' | 'version'>

const snapshot = (v: Values) => JSON.stringify(v)

function figureFrom(item: MediaItem): FigureAttrs {
  return {
    mediaId: item.id,
    src: item.src,
    alt: item.alt,
    caption: item.caption,
    credit: item.credit,
    source: item.source,
    licenceName: item.licenceName,
    licenceUrl: item.licenceUrl,
    width: item.width,
    height: item.height,
  }
}

/** How long after the last keystroke an autosave starts. */
const AUTOSAVE_DELAY_MS = 3000
/** How often, at most, the unsaved copy on this device is refreshed: well inside the 15 seconds we promise. */
const BACKUP_DELAY_MS = 1000

type Backup = { values: Values; baseVersion: number | undefined; at: string }
type Conflict = { theirs: Extract<Awaited<ReturnType<typeof loadLatestArticle>>, { ok: true }> | null; message: string }

const backupKey = (id: string | undefined) => `broadside:article-backup:${id ?? 'new'}`

/** A save asked for by a status change, which goes ahead, naming the version saved, only if `done` is given one (null: refused). */
type SaveFirst = { refusal: string; done: (version: number | null) => void }

function removeBackup(id: string | undefined) {
  try {
    window.localStorage.removeItem(backupKey(id))
  } catch {
    // Storage blocked: there is nothing kept to remove.
  }
}

function writeBackup(id: string | undefined, values: Values, baseVersion: number | undefined) {
  try {
    window.localStorage.setItem(backupKey(id), JSON.stringify({ values, baseVersion, at: new Date().toISOString() } satisfies Backup))
  } catch {
    // Storage full or blocked: autosave (or the leave-page prompt) still protects the text.
  }
}

/**
 * What an editor that went away held unsaved, for the editor that takes its place in this same
 * document. A status change (Unpublish) sends the page to a new address (its notice), so Next
 * mounts a new editor and keeps the old one hidden: the edits the old one held carry over and
 * stay in the editor, rather than being offered back as a copy from a closed tab. Memory only: a
 * full page load starts empty, and the copy on the device is offered as before.
 */
const handoffs = new Map<string, { values: Values; version: number | undefined; at: number }>()
const HANDOFF_MS = 10_000

function readBackup(id: string | undefined): Backup | null {
  try {
    const raw = window.localStorage.getItem(backupKey(id))
    return raw ? (JSON.parse(raw) as Backup) : null
  } catch {
    return null
  }
}

export function ArticleEditor({ initial, sections, authors, tags, siteUrl, siteName, readOnly = false, live: liveAtLoad = false }: Props) {
  const { id, version: initialVersion, ...initialValues } = initial
  // Next keeps recently visited pages mounted (hidden), so two editors can be in the document at
  // once: every id here is this editor's own, or a label could name the hidden one's field.
  const uid = useId()
  const idFor = (name: string) => `${uid}-${name}`
  const [values, setValues] = useState<Values>(initialValues)
  const [saved, setSaved] = useState(() => snapshot(initialValues))
  const [version, setVersion] = useState(initialVersion)
  const [bodyKey, setBodyKey] = useState(0)
  const [state, setState] = useState<SaveArticleState>({})
  const [saving, startSaving] = useTransition()
  // 'offline': no connection; 'unavailable': the server answered that it cannot save now (its database away).
  const [connection, setConnection] = useState<'ok' | 'offline' | 'unavailable'>('ok')
  const [conflict, setConflict] = useState<Conflict | null>(null)
  const [offer, setOffer] = useState<Backup | null>(null)
  const [picker, setPicker] = useState<null | { title: string; resolve: (item: MediaItem | null) => void }>(null)
  const [shareLink, setShareLink] = useState<{ url: string; expiresAt: string } | { error: string } | null>(null)
  const formRef = useRef<HTMLFormElement>(null)
  /** A new piece's first save is on its way (see save). */
  const creating = useRef(false)
  /** What is unsaved right now, for writing to the device when the editor goes away. */
  const unsaved = useRef<{ values: Values; version: number | undefined } | null>(null)
  // Published as the page was last rendered, or as the server last answered a save: a piece
  // published or unpublished elsewhere (the scheduler, another tab) is found out on saving.
  const [live, setLive] = useState(liveAtLoad)
  const [seenLive, setSeenLive] = useState(liveAtLoad)
  if (liveAtLoad !== seenLive) {
    setSeenLive(liveAtLoad)
    setLive(liveAtLoad)
  }
  const workflow = useArticleWorkflow()
  /** Status changes waiting for what is in the editor to be saved (see the effect below). */
  const saveFirstQueue = useRef<SaveFirst[]>([])
  const [saveFirstAsked, setSaveFirstAsked] = useState(0)

  // When the page is refreshed with a newer version (a restore, someone else's save) and nothing here is unsaved, follow it.
  const [seenVersion, setSeenVersion] = useState(initialVersion)
  if (initialVersion !== seenVersion) {
    setSeenVersion(initialVersion)
    if (initialVersion !== undefined && version !== undefined && initialVersion > version && snapshot(values) === saved) {
      setVersion(initialVersion)
      setValues(initialValues)
      setBodyKey((k) => k + 1)
      setSaved(snapshot(initialValues))
    }
  }

  const set = <K extends keyof Values>(key: K, value: Values[K]) => setValues((v) => ({ ...v, [key]: value }))
  const current = snapshot(values)
  const dirty = current !== saved
  const words = useMemo(() => countWords(docToText(values.body)), [values.body])
  const bodyJson = useMemo(() => JSON.stringify(values.body), [values.body])
  const slugProblem =
    values.slug && !SLUG_PATTERN.test(values.slug)
      ? 'Use lower-case letters, numbers and single hyphens only.'
      : values.slug.length > SLUG_MAX
        ? `Keep the slug under ${SLUG_MAX} characters.`
        : null
  const errorFor = (name: string) => state.fieldErrors?.[name]?.join(' ')

  /** Replaces everything in the form, the body editor included (a restore, or taking the other version). */
  const replaceValues = useCallback((next: Values) => {
    setValues(next)
    setBodyKey((k) => k + 1)
  }, [])

  const save = useCallback(
    (mode: 'manual' | 'auto' = 'manual', first?: SaveFirst) => {
      const form = formRef.current
      if (!form || readOnly) return first?.done(null)
      const data = new FormData(form)
      if (mode === 'auto') data.set('autosave', '1')
      const sent = snapshot(values)
      // A new piece that saves goes to its own page: the copy kept for "new" must not be offered
      // back next time. It is put back if this save fails.
      if (!id) {
        creating.current = true
        removeBackup(undefined)
      }
      // A status change waiting on this save hears once whether it may go ahead.
      let answered = false
      const answer = (saved: number | null) => {
        if (answered) return
        answered = true
        first?.done(saved)
      }
      /** Why a status change did not happen, when it waited on this save. */
      const refused = (message = '') => (first ? `${first.refusal}, because your changes could not be saved first. ${message}`.trim() : message)
      startSaving(async () => {
        try {
          const result = await saveArticle(data)
          setConnection(result?.unavailable ? 'unavailable' : 'ok')
          // A new article redirects to its page; there is nothing to return to here.
          if (!result) return
          if (!id && !result.ok) {
            creating.current = false
            writeBackup(undefined, unsaved.current?.values ?? (JSON.parse(sent) as Values), undefined)
          }
          // The piece went live since this page loaded: stop autosaving, and say why.
          if (mode === 'auto' && result.live) {
            setLive(true)
            workflow?.report({ status: 'PUBLISHED' })
            setState(result)
            return
          }
          // An autosave that is merely refused for invalid fields stays quiet until the writer saves by hand.
          if (mode === 'auto' && !result.ok && !result.stale) return
          if (result.ok) {
            // Saved: say so, and say it plainly if the piece went live or stopped being live elsewhere.
            const liveNow = result.status === 'PUBLISHED'
            const message =
              liveNow === live
                ? result.message
                : liveNow
                  ? 'Saved. This piece is published now, so readers see this change.'
                  : 'Saved. This piece is not published now (its status was changed elsewhere), so readers do not see it.'
            // A status change follows with its own notice; an autosave is quiet unless the status moved.
            setState(first || (mode === 'auto' && liveNow === live) ? {} : { ...result, message })
            setLive(liveNow)
            setVersion(result.version)
            const slug = result.slug ?? values.slug
            setValues((v) => ({ ...v, slug }))
            setSaved(snapshot({ ...(JSON.parse(sent) as Values), slug }))
            removeBackup(id)
            workflow?.report({ status: result.status, slug, updatedAt: result.updatedAt, lastEditedBy: result.lastEditedBy, version: result.version })
            // The piece was moved on elsewhere (published, unpublished, sent back) since this page
            // showed it: the change asked for was chosen for a status it no longer has.
            if (first && workflow && result.status !== workflow.article.status) {
              setState({ ok: false, message: `${first.refusal}: your changes are saved, but this piece's status was changed elsewhere meanwhile. Its page now shows where it stands.` })
              answer(null)
              return
            }
            answer(result.version ?? null)
            return
          }
          setState({ ...result, message: refused(result.message) })
          if (result.stale && id) {
            const theirs = await loadLatestArticle(id)
            setConflict({ theirs: theirs.ok ? theirs : null, message: result.message ?? '' })
            if (theirs.ok) workflow?.report({ status: theirs.status })
          }
        } catch (error) {
          // A new piece was saved and the action redirects to its page: Next rejects the call
          // with its redirect (its digest says so) while it navigates there.
          if (isRedirect(error)) return
          // No usable answer: the connection is down, or the server is (it answers a 503 page while
          // its database is away). Either way the copy on this device is kept and saving retries.
          if (!id) {
            creating.current = false
            writeBackup(undefined, unsaved.current?.values ?? (JSON.parse(sent) as Values), undefined)
          }
          setConnection(navigator.onLine ? 'unavailable' : 'offline')
          if (mode === 'manual') setState({ ok: false, message: refused('The server could not be reached, so nothing was saved. Your text is kept on this device; saving resumes when the connection returns.') })
        } finally {
          answer(null)
        }
      })
    },
    [id, live, readOnly, values, workflow],
  )

  // A status change on this page (Publish, Submit for review, Schedule…) saves what is here first,
  // and goes ahead only if that save succeeds: nothing typed is left behind, or changed unseen.
  const registerSaveFirst = workflow?.registerSaveFirst
  useEffect(
    () =>
      registerSaveFirst?.(
        (refusal) =>
          new Promise<number | null>((resolve) => {
            saveFirstQueue.current.push({ refusal, done: resolve })
            setSaveFirstAsked((n) => n + 1)
          }),
      ),
    [registerSaveFirst],
  )
  // Served once nothing is being saved, from what is on screen (an autosave on its way lands first).
  useEffect(() => {
    if (!saveFirstQueue.current.length || saving) return
    const waiting = saveFirstQueue.current.splice(0)
    const first: SaveFirst = { refusal: waiting[0]!.refusal, done: (ok) => waiting.forEach((w) => w.done(ok)) }
    if (readOnly || !id) return first.done(version ?? null)
    if (offer) {
      setState({ ok: false, message: `${first.refusal}: first restore or discard the unsaved changes kept on this device.` })
      return first.done(null)
    }
    if (conflict) {
      setState({ ok: false, message: `${first.refusal}, because your changes could not be saved first: someone else saved this article while you were editing. Choose which version to keep, save it, then try again.` })
      return first.done(null)
    }
    if (!dirty) return first.done(version ?? null)
    save('manual', first)
  }, [conflict, dirty, id, offer, readOnly, save, saveFirstAsked, saving, version])

  // Offer back an unsaved copy left on this device by a closed tab, a crash or a lost connection.
  // Read after hydration (the server cannot see this device's storage), and only on arrival: later backups are our own.
  useEffect(() => {
    const timer = window.setTimeout(() => {
      const handoff = id ? handoffs.get(id) : undefined
      if (id) handoffs.delete(id)
      if (handoff && Date.now() - handoff.at < HANDOFF_MS && handoff.version === initialVersion && !readOnly) {
        if (snapshot(handoff.values) !== snapshot(values)) replaceValues(handoff.values)
        return
      }
      const backup = readBackup(id)
      // Compared with the form as well as the saved piece: an editor shown again after a visit
      // elsewhere in the dashboard (Next keeps recent pages alive) still holds what was kept.
      if (backup && snapshot(backup.values) !== snapshot(initialValues) && snapshot(backup.values) !== snapshot(values)) setOffer(backup)
    })
    return () => window.clearTimeout(timer)
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [id])

  // Keep an unsaved copy on this device, a second after each change.
  useEffect(() => {
    if (!dirty || readOnly || offer) return
    const timer = window.setTimeout(() => {
      if (!creating.current) writeBackup(id, values, version)
    }, BACKUP_DELAY_MS)
    return () => window.clearTimeout(timer)
  }, [dirty, id, offer, readOnly, values, version])

  // Leaving for another dashboard page (no page unload, so no prompt) within that second keeps
  // the copy too: what is unsaved when the editor goes away is written at once.
  useEffect(() => {
    unsaved.current = dirty && !readOnly && !offer ? { values, version } : null
  }, [dirty, offer, readOnly, values, version])
  useEffect(
    () => () => {
      if (!unsaved.current || creating.current) return
      writeBackup(id, unsaved.current.values, unsaved.current.version)
      if (id) handoffs.set(id, { ...unsaved.current, at: Date.now() })
    },
    [id],
  )

  // Next keeps a recently left page alive, hidden, and shows it again on a return visit: a "new
  // article" editor whose piece was saved must come back empty, not holding that piece (whose
  // second save would make a duplicate). Effects run again each time it is shown.
  useEffect(() => {
    if (!creating.current) return
    creating.current = false
    replaceValues(initialValues)
    setSaved(snapshot(initialValues))
    setState({})
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])

  // Autosave a few seconds after typing stops: drafts and pieces not yet live. A new one is saved
  // by hand first; a published one changes for readers only when the editor saves.
  useEffect(() => {
    if (!id || live || !dirty || readOnly || saving || conflict || offer) return
    // Unable to save, keep trying now and then; the copy on this device covers the gap.
    const timer = window.setTimeout(() => save('auto'), connection === 'ok' ? AUTOSAVE_DELAY_MS : 10_000)
    return () => window.clearTimeout(timer)
  }, [current, conflict, connection, dirty, id, live, offer, readOnly, save, saving])

  // Back online: save what was kept.
  useEffect(() => {
    const goOnline = () => setConnection('ok')
    const goOffline = () => setConnection('offline')
    window.addEventListener('online', goOnline)
    window.addEventListener('offline', goOffline)
    return () => {
      window.removeEventListener('online', goOnline)
      window.removeEventListener('offline', goOffline)
    }
  }, [])


  // Ctrl+S / Cmd+S saves instead of saving the web page.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's') {
        e.preventDefault()
        formRef.current?.requestSubmit()
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [])

  // Leaving with unsaved changes asks first.
  useEffect(() => {
    if (!dirty) return
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      e.preventDefault()
      e.returnValue = ''
    }
    window.addEventListener('beforeunload', onBeforeUnload)
    return () => window.removeEventListener('beforeunload', onBeforeUnload)
  }, [dirty])

  const statusText =
    connection === 'offline'
      ? 'Offline — changes kept on this device'
      : connection === 'unavailable' && dirty
        ? 'Can’t save right now — changes kept on this device'
        : saving
          ? 'Saving…'
          : conflict
            ? 'Not saved: someone else saved first'
            : dirty
              ? live
                ? 'Unsaved changes: readers see them when you save'
                : 'Unsaved changes'
              : id
                ? 'Saved'
                : ''

  const pickImage = (title: string) => new Promise<MediaItem | null>((resolve) => setPicker({ title, resolve }))

  async function chooseHero() {
    const item = await pickImage('Choose the hero image')
    if (item) set('hero', { id: item.id, src: item.src, alt: item.alt, width: item.width, height: item.height, credit: item.credit })
  }

  async function makeShareLink() {
    if (!id) return
    const result = await createPreviewLink(id).catch(() => ({ ok: false as const, message: 'Could not reach the server.' }))
    setShareLink(result.ok ? { url: `${window.location.origin}${result.path}`, expiresAt: result.expiresAt } : { error: result.message })
  }

  const seoTitle = values.seoTitle || values.headline
  const seoDescription = values.seoDescription || values.standfirst

  return (
    <form
      ref={formRef}
      onSubmit={(e) => {
        e.preventDefault()
        // Ctrl+S while a save is on its way would send a second from the same version, refused as
        // a clash with our own; what is typed meanwhile is saved next (it stays unsaved until then).
        if (saving) return
        if (offer) setState({ ok: false, message: 'Nothing was saved: first restore or discard the unsaved changes kept on this device.' })
        else if (!conflict) save('manual')
      }}
      className="article-editor space-y-6"
      aria-label="Article"
      noValidate
    >
      {id ? <input type="hidden" name="id" value={id} /> : null}
      {version !== undefined ? <input type="hidden" name="version" value={version} /> : null}
      <input type="hidden" name="bodyJson" value={bodyJson} />
      {values.slugAuto ? <input type="hidden" name="slugAuto" value="true" /> : null}
      <input type="hidden" name="heroImageId" value={values.hero?.id ?? ''} />

      <div className="sticky top-0 z-20 -mx-4 flex flex-wrap items-center gap-3 border-b border-rule bg-paper/95 px-4 py-2 backdrop-blur">
        <button type="submit" disabled={saving || readOnly || Boolean(offer)} className="rounded-sm bg-ink px-5 py-2 font-semibold text-paper disabled:opacity-60">
          {saving ? 'Saving…' : id ? 'Save' : 'Save draft'}
        </button>
        <span className="text-sm text-muted" aria-live="polite" data-testid="save-status">
          {statusText}
        </span>
        <span className="text-sm text-muted">
          {words.toLocaleString('en-GB')} {words === 1 ? 'word' : 'words'} · {readingMinutes(words)} min read
        </span>
        {id ? (
          <span className="ml-auto flex flex-wrap gap-2 text-sm">
            <a href={`/api/preview?id=${encodeURIComponent(id)}`} target="_blank" rel="noopener" className="rounded-sm border border-ink px-3 py-2 font-semibold">
              Preview
            </a>
            <button type="button" onClick={makeShareLink} className="rounded-sm border border-rule px-3 py-2">
              Make a share link
            </button>
          </span>
        ) : null}
      </div>
      {id && dirty ? <p className="text-sm text-muted">Preview shows the last saved version: save first to see your latest changes.</p> : null}
      {shareLink ? (
        'error' in shareLink ? (
          <p role="alert" className="text-sm text-accent">
            {shareLink.error}
          </p>
        ) : (
          <div className="rounded-sm border border-rule bg-panel p-3 text-sm">
            <label htmlFor={idFor('share-link')} className="block font-semibold">
              Preview link for someone without an account (expires {new Date(shareLink.expiresAt).toLocaleDateString('en-GB', { day: 'numeric', month: 'long' })})
            </label>
            <input id={idFor('share-link')} readOnly value={shareLink.url} onFocus={(e) => e.currentTarget.select()} className={fieldClass} />
          </div>
        )
      ) : null}

      {state.message ? (
        <p role={state.ok ? 'status' : 'alert'} className={`rounded-sm border p-3 text-sm ${state.ok ? 'border-green-700' : 'border-accent'}`}>
          {state.message}
          {state.signedOut ? (
            <>
              {' '}
              {/* A new tab: this one keeps the text, and saves once the session is back. */}
              <a href="/login" target="_blank" rel="noopener" className="font-semibold underline">
                Sign in again (opens a new tab)
              </a>
            </>
          ) : null}
        </p>
      ) : null}

      {offer ? (
        <div role="alert" aria-label="Unsaved copy found" className="rounded-sm border-2 border-amber-600 bg-panel p-3 text-sm">
          <p>
            <strong>Unsaved changes from {new Date(offer.at).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' })} were kept on this device.</strong> Restore them, or
            discard them and keep the saved version? The editor below opens once you choose, so nothing typed meanwhile is lost.
          </p>
          <div className="mt-2 flex gap-2">
            <button
              type="button"
              className="rounded-sm bg-ink px-3 py-2 font-semibold text-paper"
              onClick={() => {
                replaceValues(offer.values)
                setOffer(null)
              }}
            >
              Restore my changes
            </button>
            <button
              type="button"
              className="rounded-sm border border-ink px-3 py-2"
              onClick={() => {
                removeBackup(id)
                replaceValues(JSON.parse(saved) as Values)
                setOffer(null)
              }}
            >
              Discard them
            </button>
          </div>
        </div>
      ) : null}

      {conflict ? (
        <section role="alert" aria-label="Someone else saved first" className="rounded-sm border-2 border-accent bg-panel p-3 text-sm">
          <p>
            <strong>{conflict.message}</strong>
          </p>
          {conflict.theirs ? (
            <>
              <p className="mt-1 text-muted">
                Their version was saved by {conflict.theirs.lastEditedBy} at {new Date(conflict.theirs.updatedAt).toLocaleTimeString('en-GB')}. Yours is still in the editor below.
              </p>
              <div className="mt-3 grid gap-3 md:grid-cols-2">
                <div className="rounded-sm border border-rule bg-paper p-3">
                  <h2 className="font-semibold">Their version</h2>
                  <p className="mt-1 font-serif text-lg font-bold">{conflict.theirs.editor.headline}</p>
                  <div className="article-body mt-2 max-h-80 overflow-y-auto text-base" aria-label="Their body" dangerouslySetInnerHTML={{ __html: conflict.theirs.html }} />
                </div>
                <div className="rounded-sm border border-rule bg-paper p-3">
                  <h2 className="font-semibold">Your version</h2>
                  <p className="mt-1 font-serif text-lg font-bold">{values.headline}</p>
                  <p className="mt-2 max-h-80 overflow-y-auto whitespace-pre-line font-serif text-base" aria-label="Your body">
                    {docToText(values.body)}
                  </p>
                </div>
              </div>
              <div className="mt-3 flex flex-wrap gap-2">
                <button
                  type="button"
                  className="rounded-sm bg-ink px-3 py-2 font-semibold text-paper"
                  onClick={() => {
                    // Save mine over theirs, knowingly: the save now carries their version.
                    const theirs = conflict.theirs!
                    setVersion(theirs.editor.version)
                    setConflict(null)
                    setState({ ok: true, message: 'Your version will replace theirs when you save.' })
                  }}
                >
                  Keep mine (then save)
                </button>
                <button
                  type="button"
                  className="rounded-sm border border-ink px-3 py-2"
                  onClick={() => {
                    const { id: _i, version: theirVersion, ...theirValues } = conflict.theirs!.editor
                    setVersion(theirVersion)
                    replaceValues(theirValues)
                    setSaved(snapshot(theirValues))
                    setConflict(null)
                    setState({ ok: true, message: 'You are now editing their version. Your text was discarded.' })
                  }}
                >
                  Take theirs
                </button>
              </div>
            </>
          ) : null}
        </section>
      ) : null}

      {/* Closed while a kept copy waits for a choice: either choice replaces what is in the fields. */}
      <fieldset disabled={readOnly} inert={Boolean(offer)} className={`grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem] ${offer ? 'opacity-60' : ''}`}>
        <div className="min-w-0 space-y-5">
          <div>
            <label htmlFor={idFor('headline')} className="block font-semibold">
              Headline
            </label>
            <input
              id={idFor('headline')}
              name="headline"
              value={values.headline}
              onChange={(e) => {
                const headline = e.target.value
                setValues((v) => ({ ...v, headline, ...(v.slugAuto ? { slug: slugify(headline) } : {}) }))
              }}
              className={`${fieldClass} font-serif text-2xl`}
              {...invalidProps(state, 'headline', idFor('headline'))}
            />
            <FieldErrors state={state} name="headline" id={idFor('headline')} />
          </div>
          <div>
            <label htmlFor={idFor('slug')} className="block font-semibold">
              Slug <span className="font-normal text-muted">(the address: /article/{values.slug || '…'})</span>
            </label>
            <input
              id={idFor('slug')}
              name="slug"
              value={values.slug}
              onChange={(e) => setValues((v) => ({ ...v, slug: e.target.value, slugAuto: e.target.value === '' }))}
              className={fieldClass}
              aria-invalid={slugProblem || errorFor('slug') ? true : undefined}
              aria-describedby={idFor(slugProblem || errorFor('slug') ? 'slug-error' : 'slug-help')}
            />
            {slugProblem || errorFor('slug') ? (
              <p id={idFor('slug-error')} className="mt-1 text-sm font-semibold text-accent">
                {errorFor('slug') ?? slugProblem}
              </p>
            ) : (
              <p id={idFor('slug-help')} className="mt-1 text-sm text-muted">
                {values.slugAuto ? 'Made from the headline; edit it to choose your own.' : 'Changing the slug of a published piece keeps the old address working.'}
              </p>
            )}
          </div>
          <div>
            <label htmlFor={idFor('standfirst')} className="block font-semibold">
              Standfirst
            </label>
            <textarea
              id={idFor('standfirst')}
              name="standfirst"
              rows={2}
              value={values.standfirst}
              onChange={(e) => set('standfirst', e.target.value)}
              className={`${fieldClass} font-serif text-lg`}
              {...invalidProps(state, 'standfirst', idFor('standfirst'))}
            />
            <FieldErrors state={state} name="standfirst" id={idFor('standfirst')} />
          </div>
          <div>
            <p className="font-semibold">
              Body
            </p>
            <BodyEditor
              key={bodyKey}
              initial={values.body}
              readOnly={readOnly}
              onChange={(doc) => set('body', doc)}
              onPickImage={async () => {
                const item = await pickImage('Insert an image')
                return item ? figureFrom(item) : null
              }}
              invalid={Boolean(errorFor('body'))}
              describedBy={errorFor('body') ? `${idFor('body')}-error` : undefined}
            />
            <FieldErrors state={state} name="body" id={idFor('body')} />
          </div>
        </div>

        <aside className="min-w-0 space-y-5" aria-label="Article settings">
          <div>
            <p className="font-semibold">Hero image</p>
            {values.hero ? (
              <div className="mt-1 rounded-sm border border-rule p-2">
                <Image src={values.hero.src} alt={values.hero.alt} width={values.hero.width} height={values.hero.height} sizes="320px" className="h-auto w-full" />
                <p className="mt-1 text-xs text-muted">{values.hero.credit ? `Photo: ${values.hero.credit}` : 'No credit on this image'}</p>
              </div>
            ) : (
              <p className="mt-1 text-sm text-muted">No hero image.</p>
            )}
            <div className="mt-2 flex gap-2">
              <button type="button" onClick={chooseHero} className="rounded-sm border border-ink px-3 py-2 text-sm font-semibold">
                {values.hero ? 'Change hero image' : 'Choose hero image'}
              </button>
              {values.hero ? (
                <button type="button" onClick={() => set('hero', null)} className="rounded-sm border border-rule px-3 py-2 text-sm">
                  Remove
                </button>
              ) : null}
            </div>
            <FieldErrors state={state} name="heroImageId" id={idFor('heroImageId')} />
          </div>
          <div>
            <label htmlFor={idFor('sectionId')} className="block font-semibold">
              Section
            </label>
            <select id={idFor('sectionId')} name="sectionId" value={values.sectionId} onChange={(e) => set('sectionId', e.target.value)} className={fieldClass} {...invalidProps(state, 'sectionId', idFor('sectionId'))}>
              <option value="">No section</option>
              {sections.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
            <FieldErrors state={state} name="sectionId" id={idFor('sectionId')} />
          </div>
          <div>
            <AuthorPicker value={values.authors} options={authors} onChange={(a) => set('authors', a)} disabled={readOnly} />
            <FieldErrors state={state} name="authorIds" id={idFor('authorIds')} />
          </div>
          <TagPicker value={values.tags} options={tags} onChange={(t) => set('tags', t)} disabled={readOnly} error={errorFor('tagNames')} />
          <div className="flex items-start gap-2">
            <input
              id={idFor('showBeforeYouGo')}
              name="showBeforeYouGo"
              type="checkbox"
              checked={values.showBeforeYouGo}
              onChange={(e) => set('showBeforeYouGo', e.target.checked)}
              className="mt-1 h-5 w-5"
            />
            <label htmlFor={idFor('showBeforeYouGo')}>Show the &ldquo;Before you go&rdquo; membership box at the end</label>
          </div>
        </aside>

        <section aria-labelledby={idFor('seo-heading')} className="min-w-0 space-y-4 lg:col-span-2">
          <h2 id={idFor('seo-heading')} className="border-b border-rule pb-1 text-lg font-bold">
            Search and sharing
          </h2>
          <div className="grid gap-4 md:grid-cols-2">
            <div>
              <label htmlFor={idFor('seoTitle')} className="block font-semibold">
                SEO title
              </label>
              <input id={idFor('seoTitle')} name="seoTitle" value={values.seoTitle} onChange={(e) => set('seoTitle', e.target.value)} className={fieldClass} {...invalidProps(state, 'seoTitle', idFor('seoTitle'), idFor('seoTitle-help'))} />
              <p id={idFor('seoTitle-help')} className="mt-1 text-sm text-muted">
                {values.seoTitle ? `${seoTitle.length}/60 characters.` : `Empty, so the headline is used: ${seoTitle.length}/60 characters.`}
                {seoTitle.length > 60 ? ' Search results cut titles short after about 60.' : ''}
              </p>
              <FieldErrors state={state} name="seoTitle" id={idFor('seoTitle')} />
            </div>
            <div>
              <label htmlFor={idFor('seoDescription')} className="block font-semibold">
                SEO description
              </label>
              <textarea
                id={idFor('seoDescription')}
                name="seoDescription"
                rows={2}
                value={values.seoDescription}
                onChange={(e) => set('seoDescription', e.target.value)}
                className={fieldClass}
                {...invalidProps(state, 'seoDescription', idFor('seoDescription'), idFor('seoDescription-help'))}
              />
              <p id={idFor('seoDescription-help')} className="mt-1 text-sm text-muted">
                {values.seoDescription ? `${seoDescription.length}/160 characters.` : `Empty, so the standfirst is used: ${seoDescription.length}/160 characters.`}
                {seoDescription.length > 160 ? ' Search results cut descriptions short after about 160.' : ''}
              </p>
              <FieldErrors state={state} name="seoDescription" id={idFor('seoDescription')} />
            </div>
          </div>
          <SeoPreview siteUrl={siteUrl} siteName={siteName} slug={values.slug} title={seoTitle} description={seoDescription} image={values.hero} />
        </section>

        <section aria-labelledby={idFor('correction-heading')} className="min-w-0 space-y-4 lg:col-span-2">
          <h2 id={idFor('correction-heading')} className="border-b border-rule pb-1 text-lg font-bold">
            Correction
          </h2>
          <div className="grid gap-4 md:grid-cols-[1fr_12rem]">
            <div>
              <label htmlFor={idFor('correction')} className="block font-semibold">
                Correction note <span className="font-normal text-muted">(shown above the body when filled in)</span>
              </label>
              <textarea id={idFor('correction')} name="correction" rows={2} value={values.correction} onChange={(e) => set('correction', e.target.value)} className={fieldClass} {...invalidProps(state, 'correction', idFor('correction'))} />
              <FieldErrors state={state} name="correction" id={idFor('correction')} />
            </div>
            <div>
              <label htmlFor={idFor('correctionAt')} className="block font-semibold">
                Date of correction
              </label>
              <input
                id={idFor('correctionAt')}
                name="correctionAt"
                type="date"
                value={values.correctionAt}
                onChange={(e) => set('correctionAt', e.target.value)}
                className={fieldClass}
                {...invalidProps(state, 'correctionAt', idFor('correctionAt'))}
              />
              <FieldErrors state={state} name="correctionAt" id={idFor('correctionAt')} />
            </div>
          </div>
        </section>
      </fieldset>
      {picker ? (
        <MediaPicker
          title={picker.title}
          onSelect={(item) => {
            picker.resolve(item)
            setPicker(null)
          }}
          onClose={() => {
            picker.resolve(null)
            setPicker(null)
          }}
        />
      ) : null}
    </form>
  )
}
