'use client'
// What the editing page's header, its status buttons and the editor share: the piece's status and
// last save as the server last reported them, and a way for a status change to save the editor first.
import { useRouter } from 'next/navigation'
import { createContext, useCallback, useContext, useMemo, useRef, useState, useTransition, type ReactNode } from 'react'
import type { ArticleStatus } from '@/lib/generated/prisma/enums'
import { formatDateTime } from '@/lib/format'
import { StatusBadge } from './status-badge'

/** The piece as the server last said it is; `version` counts its saved edits. */
export type ArticleState = { status: ArticleStatus; slug: string; updatedAt: string; lastEditedBy: string | null; version: number }

/**
 * Saves what the editor holds, and answers the version now saved (which the status change then
 * names, so nothing saved since is moved on unseen); null, with the reason shown in the editor,
 * when it could not.
 */
type SaveFirst = (refusal: string) => Promise<number | null>

type Workflow = {
  article: ArticleState
  /** The editor reports each save's answer here, so the header follows it. */
  report: (next: Partial<ArticleState>) => void
  registerSaveFirst: (fn: SaveFirst) => () => void
  saveFirst: SaveFirst
  /** Starts a status change unless one is already under way (a second button pressed meanwhile does nothing). */
  claim: () => boolean
  /** Ends it, when it was refused or its answer came. */
  release: () => void
}

const WorkflowContext = createContext<Workflow | null>(null)

/** The editor's side: null outside an existing piece's page (a new article has no status to change). */
export const useArticleWorkflow = () => useContext(WorkflowContext)

/** Next's redirect from a server action, which rejects the call that made it. */
export const isRedirect = (error: unknown) =>
  typeof error === 'object' && error !== null && String((error as { digest?: unknown }).digest ?? '').startsWith('NEXT_REDIRECT')

export function ArticleWorkflow({ article: rendered, children }: { article: ArticleState; children: ReactNode }) {
  const router = useRouter()
  const [article, setArticle] = useState(rendered)
  // A new render of the page (after a status change, or a refresh) is the newest word: follow it.
  const [seen, setSeen] = useState(rendered)
  if (seen !== rendered && JSON.stringify(seen) !== JSON.stringify(rendered)) {
    setSeen(rendered)
    setArticle(rendered)
  }
  const saveFirstRef = useRef<SaveFirst | null>(null)
  // A status change asked for before the editor has registered (a click between hydration and
  // the editor's effects, on a slow machine) waits for it, rather than silently doing nothing.
  const awaitingEditor = useRef<((fn: SaveFirst) => void)[]>([])

  const report = useCallback(
    (next: Partial<ArticleState>) => {
      setArticle((a) => ({ ...a, ...next }))
      // Changed elsewhere since this page was rendered (another tab, the scheduler): its buttons
      // (Publish or Unpublish, review and scheduling) are the server's to choose, so render it again.
      if (next.status && next.status !== rendered.status) router.refresh()
    },
    [rendered.status, router],
  )
  const registerSaveFirst = useCallback((fn: SaveFirst) => {
    saveFirstRef.current = fn
    awaitingEditor.current.splice(0).forEach((resume) => resume(fn))
    return () => {
      if (saveFirstRef.current === fn) saveFirstRef.current = null
    }
  }, [])
  const saveFirst = useCallback<SaveFirst>(
    (refusal) => saveFirstRef.current?.(refusal) ?? new Promise<SaveFirst>((resume) => awaitingEditor.current.push(resume)).then((fn) => fn(refusal)),
    [],
  )
  const busy = useRef(false)
  const claim = useCallback(() => (busy.current ? false : (busy.current = true)), [])
  const release = useCallback(() => {
    busy.current = false
  }, [])
  const value = useMemo(() => ({ article, report, registerSaveFirst, saveFirst, claim, release }), [article, report, registerSaveFirst, saveFirst, claim, release])
  return <WorkflowContext.Provider value={value}>{children}</WorkflowContext.Provider>
}

/** Status, last save and the public link, in the page's header. */
export function ArticleStatusLine({ rendered }: { rendered: { updatedAt: string; text: string } }) {
  const workflow = useContext(WorkflowContext)
  if (!workflow) return null
  const { article } = workflow
  return (
    <>
      <StatusBadge status={article.status} />
      <span className="text-muted">
        {/* The server's own words until a save here says otherwise: this browser's date format may differ in a comma. */}
        Last edited {article.updatedAt === rendered.updatedAt ? rendered.text : formatDateTime(article.updatedAt)}
        {article.lastEditedBy ? ` by ${article.lastEditedBy}` : ''}
      </span>
      {article.status === 'PUBLISHED' ? (
        <a href={`/article/${article.slug}`} className="underline">
          View on the site
        </a>
      ) : null}
    </>
  )
}

/**
 * A status change (submit, publish, unpublish, send back, schedule). With the editor on the page,
 * what it holds is saved first, and the status changes only if that save succeeds: otherwise the
 * editor says why and keeps every edit. Before the page's scripts load it posts as a plain form.
 */
export function StatusForm({
  action,
  refusal,
  prepare,
  saveFirst = true,
  className,
  children,
}: {
  action: (data: FormData) => Promise<void>
  /** Starts the sentence saying the change did not happen: "Not published". */
  refusal: string
  /**
   * False for Unpublish: saving first would put half-done edits in front of readers just before
   * the piece comes down. The edits stay in the editor, which saves them once the piece is a draft.
   */
  saveFirst?: boolean
  /** Runs before the form's data is read (the schedule form adds its time zone). */
  prepare?: (form: HTMLFormElement) => void
  className?: string
  children: ReactNode
}) {
  const workflow = useContext(WorkflowContext)
  // `saving`: the editor is saving first. That wait stays outside the transition below: React
  // commits a transition's updates only when it ends, and the editor's save starts on one of them.
  const [saving, setSaving] = useState(false)
  const [pending, startTransition] = useTransition()
  const [failure, setFailure] = useState<string | null>(null)
  return (
    <form
      action={action}
      className={className}
      aria-busy={saving || pending || undefined}
      onSubmit={(e) => {
        prepare?.(e.currentTarget)
        if (!workflow) return
        e.preventDefault()
        if (!workflow.claim()) return
        const data = new FormData(e.currentTarget, (e.nativeEvent as SubmitEvent).submitter)
        setFailure(null)
        setSaving(true)
        const saved = saveFirst ? workflow.saveFirst(refusal) : Promise.resolve(workflow.article.version)
        void saved.then((version) => {
          setSaving(false)
          if (version === null) return workflow.release()
          data.set('version', String(version))
          startTransition(async () => {
            try {
              await action(data)
            } catch (error) {
              // The action redirects back to the page with its outcome. Thrown on, as a plain form
              // action's is, Next's redirect boundary renders the page afresh, editor included.
              if (isRedirect(error)) throw error
              setFailure(`${refusal}: the server could not be reached. Try again in a moment.`)
            } finally {
              workflow.release()
            }
          })
        })
      }}
    >
      {/* Without scripts the form posts as it is, naming the version the page was rendered with. */}
      {workflow ? <input type="hidden" name="version" value={workflow.article.version} /> : null}
      {children}
      {failure ? (
        <p role="alert" className="mt-1 text-sm font-semibold text-accent">
          {failure}
        </p>
      ) : null}
    </form>
  )
}
