import 'server-only'
// Staff reads and writes of articles. Every function checks who is asking.
import { ownershipSelect, toOwnership, type OwnershipRow } from './article-ownership'
import { db } from '@/lib/db'
import { env } from '@/lib/env'
import { likeText } from '@/lib/data/like'
import { getActor, requireActor } from '@/lib/auth'
import { cacheTags } from '@/lib/cache-tags'
import { FieldError, ForbiddenError, LivePieceAutosaveError, NotFoundError, StaleVersionError } from '@/lib/errors'
import { Prisma } from '@/lib/generated/prisma/client'
import type { ArticleStatus } from '@/lib/generated/prisma/enums'
import {
  canBylineOtherStaff,
  canCreateArticle,
  canEditArticle,
  canPruneRevisions,
  canPublishArticle,
  canReviewArticles,
  canScheduleArticle,
  canSubmitForReview,
  isEditor,
  ownsArticle,
  type Actor,
} from '@/lib/permissions'
import { slugify } from '@/lib/slug'
import { joinNames } from '@/lib/format'
import type { ArticleInput } from '@/lib/validation/article'
import { countWords, docToText, type Doc } from '@/lib/content/document'
import { normalizeDoc } from '@/lib/content/normalize'
import { renderDocToHtml } from '@/lib/content/render'
import { mediaSelect, readerArticleSelect, toImageDto, toReaderArticle } from '@/lib/data/dto'
import type { PublishedArticle } from '@/lib/data/articles'
import { signPreviewToken, verifyPreviewToken } from '@/lib/preview-token'
import { recordAudit } from '@/lib/data/audit'
import { uniqueAuthorSlug } from '@/lib/data/author-slug'
import { diffWords } from '@/lib/content/diff'
import { planRevisionPrune, type PruneOptions } from '@/lib/revision-prune'
import { correctionAfterRestore } from '@/lib/revision-restore'
import { quoteVariants } from '@/lib/search-text'

/** Every cache tag a change to this article can affect, before and after the change. */
function tagsFor(rows: OwnershipRow[]): string[] {
  const tags = new Set<string>([cacheTags.articleLists()])
  for (const row of rows) {
    tags.add(cacheTags.article(row.id))
    tags.add(cacheTags.articleSlug(row.slug))
    if (row.sectionId) tags.add(cacheTags.section(row.sectionId))
    row.authors.forEach((a) => tags.add(cacheTags.author(a.authorId)))
    row.tags.forEach((t) => tags.add(cacheTags.tag(t.tagId)))
  }
  return [...tags]
}

async function loadForActor(actor: Actor, id: string) {
  const row = await db.article.findUnique({ where: { id }, select: ownershipSelect })
  if (!row) throw new NotFoundError('That article no longer exists.')
  return row
}

// ---------------------------------------------------------------- reads

const STATUSES = ['DRAFT', 'IN_REVIEW', 'SCHEDULED', 'PUBLISHED', 'UNPUBLISHED'] as const
export const isArticleStatus = (s: string): s is ArticleStatus => (STATUSES as readonly string[]).includes(s)

// Each order ends on the id, so a page boundary never falls between equal values.
export const ARTICLE_SORTS = {
  updated: { label: 'Last edited, newest first', orderBy: Prisma.sql`a."updatedAt" DESC, a.id DESC` },
  'updated-asc': { label: 'Last edited, oldest first', orderBy: Prisma.sql`a."updatedAt" ASC, a.id ASC` },
  published: { label: 'Published, newest first', orderBy: Prisma.sql`a."publishedAt" DESC NULLS LAST, a.id DESC` },
  created: { label: 'Created, newest first', orderBy: Prisma.sql`a."createdAt" DESC, a.id DESC` },
  headline: { label: 'Headline, A to Z', orderBy: Prisma.sql`a.headline ASC, a.id ASC` },
} satisfies Record<string, { label: string; orderBy: Prisma.Sql }>

export type ArticleSort = keyof typeof ARTICLE_SORTS
export const isArticleSort = (s: string): s is ArticleSort => Object.hasOwn(ARTICLE_SORTS, s)

export type ArticleListFilters = { status?: string; q?: string; sectionId?: string; author?: string; tag?: string; sort?: string; page?: number }

export const DASHBOARD_PAGE_SIZE = 25

export async function listArticlesForDashboard(filters: ArticleListFilters = {}) {
  const actor = await requireActor()
  const pageSize = DASHBOARD_PAGE_SIZE
  const page = Math.max(1, Math.min(100_000, Math.floor(filters.page ?? 1) || 1))
  // The list's two statements (run side by side) are plain SQL: as Prisma queries, building them cost the server
  // about 10 ms of its time on every visit (more than PostgreSQL took to answer them).
  const and: Prisma.Sql[] = []
  if (filters.status && isArticleStatus(filters.status)) and.push(Prisma.sql`a.status = ${filters.status}::"ArticleStatus"`)
  const q = filters.q?.trim().slice(0, 200)
  if (q) and.push(Prisma.sql`(${Prisma.join(quoteVariants(q).map((text) => Prisma.sql`a.headline ILIKE ${`%${likeText(text)}%`}`), ' OR ')})`)
  if (filters.sectionId) and.push(filters.sectionId === 'none' ? Prisma.sql`a."sectionId" IS NULL` : Prisma.sql`a."sectionId" = ${filters.sectionId.slice(0, 64)}`)
  if (filters.author?.trim()) {
    // A slug, or all or part of a name as typed.
    const author = filters.author.trim().slice(0, 120)
    and.push(Prisma.sql`EXISTS (SELECT 1 FROM "ArticleAuthor" aa JOIN "Author" au ON au.id = aa."authorId"
      WHERE aa."articleId" = a.id AND (au.slug = ${author.toLowerCase()} OR au.name ILIKE ${`%${likeText(author)}%`}))`)
  }
  if (filters.tag?.trim()) {
    // A slug, or the whole name in any case.
    const tag = filters.tag.trim().slice(0, 60)
    and.push(Prisma.sql`EXISTS (SELECT 1 FROM "ArticleTag" atg JOIN "Tag" t ON t.id = atg."tagId"
      WHERE atg."articleId" = a.id AND (t.slug = ${tag.toLowerCase()} OR t.name ILIKE ${likeText(tag)}))`)
  }
  // Contributors and writers see their own pieces; editors see everyone's.
  if (!isEditor(actor)) {
    and.push(Prisma.sql`(a."createdById" = ${actor.id} OR EXISTS (SELECT 1 FROM "ArticleAuthor" aa JOIN "Author" au ON au.id = aa."authorId"
      WHERE aa."articleId" = a.id AND au."userId" = ${actor.id}))`)
  }
  const where = and.length ? Prisma.sql`WHERE ${Prisma.join(and, ' AND ')}` : Prisma.empty
  const sort = filters.sort && isArticleSort(filters.sort) ? filters.sort : 'updated'
  // The page's ids first (computed once, as an array): for the usual orders that is a range of
  // one index, so even a deep page skips index entries rather than rows; only its 25 rows are
  // then read whole, by primary key.
  // Counting stops at COUNT_EXACTLY_UP_TO; the same statement reads PostgreSQL's own estimate
  // of the table's rows (pg_class.reltuples, kept by autovacuum; -1 until first analysed).
  const orderBy = ARTICLE_SORTS[sort].orderBy
  const [[{ counted, estimated }], rows] = await Promise.all([
    db.$queryRaw<[{ counted: number; estimated: number | null }]>`
      SELECT count(*)::int AS counted, (SELECT reltuples::float8 FROM pg_class WHERE oid = '"Article"'::regclass) AS estimated
      FROM (SELECT 1 FROM "Article" a ${where} LIMIT ${COUNT_EXACTLY_UP_TO + 1}) capped`,
    db.$queryRaw<DashboardListRow[]>`
      SELECT a.id, a.slug, a.headline, a.status::text AS status, a."publishedAt", a."scheduledFor", a."updatedAt",
        s.name AS "sectionName", u.name AS "lastEditedByName",
        ARRAY(SELECT au.name FROM "ArticleAuthor" aa JOIN "Author" au ON au.id = aa."authorId"
              WHERE aa."articleId" = a.id ORDER BY aa.position, au.name) AS authors
      FROM "Article" a
      LEFT JOIN "Section" s ON s.id = a."sectionId"
      LEFT JOIN "User" u ON u.id = a."lastEditedById"
      WHERE a.id = ANY(ARRAY(SELECT a.id FROM "Article" a ${where} ORDER BY ${orderBy} LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}))
      ORDER BY ${orderBy}`,
  ])
  const capped = counted > COUNT_EXACTLY_UP_TO
  // Past the cap an unfiltered list takes that estimate; a filtered one says "more than" the cap.
  const estimate = capped && and.length === 0 && estimated !== null && estimated > COUNT_EXACTLY_UP_TO ? Math.round(estimated) : null
  const total = estimate ?? counted
  return {
    total,
    /** "exact", "estimate" (about `total`), or "more" (more than COUNT_EXACTLY_UP_TO). */
    totalKind: !capped ? ('exact' as const) : estimate !== null ? ('estimate' as const) : ('more' as const),
    page,
    sort,
    pageCount: Math.max(1, Math.ceil(total / pageSize)),
    // Spelled out, not spread from the row: each spread copy of a raw row got hidden classes of
    // its own (V8's --log-maps: 50 new ones a visit), which also left the page's property reads
    // seeing new shapes on every visit.
    articles: rows.map((r) => ({
      id: r.id,
      slug: r.slug,
      headline: r.headline,
      status: r.status,
      publishedAt: r.publishedAt,
      scheduledFor: r.scheduledFor,
      updatedAt: r.updatedAt,
      authors: r.authors,
      section: r.sectionName === null ? null : { name: r.sectionName },
      lastEditedBy: r.lastEditedByName === null ? null : { name: r.lastEditedByName },
    })),
  }
}

type DashboardListRow = {
  id: string
  slug: string
  headline: string
  status: ArticleStatus
  publishedAt: Date | null
  scheduledFor: Date | null
  updatedAt: Date
  sectionName: string | null
  lastEditedByName: string | null
  authors: string[]
}

/**
 * Counting every row of a 100,000-article table costs tens of milliseconds on every visit to
 * the dashboard; past this many, the list says "about" or "more than" instead.
 */
export const COUNT_EXACTLY_UP_TO = 10_000

export async function getArticleForEditing(id: string) {
  const actor = await requireActor()
  const row = await db.article.findUnique({
    where: { id },
    select: {
      ...ownershipSelect,
      headline: true,
      standfirst: true,
      bodyJson: true,
      heroImageId: true,
      showBeforeYouGo: true,
      seoTitle: true,
      seoDescription: true,
      correction: true,
      correctionAt: true,
      publishedAt: true,
      scheduledFor: true,
      reviewNote: true,
      updatedAt: true,
      heroImage: { select: mediaSelect },
      lastEditedBy: { select: { name: true } },
      authors: { orderBy: { position: 'asc' }, select: { authorId: true, author: { select: { userId: true, name: true } } } },
      tags: { orderBy: { tag: { name: 'asc' } }, select: { tagId: true, tag: { select: { name: true } } } },
    },
  })
  if (!row) return null
  // Writers see their own pieces whatever the status (read-only once submitted); editors see all.
  if (!isEditor(actor) && !ownsArticle(actor, toOwnership(row))) throw new ForbiddenError('You can only open your own pieces.')
  const hero = toImageDto(row.heroImage)
  const bodyJson = normalizeDoc(row.bodyJson)
  const editor: EditorValues = {
    id: row.id,
    version: row.version,
    headline: row.headline,
    slug: row.slug,
    // A never-published draft whose slug still follows its headline keeps following it.
    slugAuto: !row.publishedAt && (row.slug === slugify(row.headline) || row.slug.replace(/-\d+$/, '') === slugify(row.headline)),
    standfirst: row.standfirst,
    body: bodyJson,
    sectionId: row.sectionId ?? '',
    authors: row.authors.map((a) => ({ id: a.authorId, name: a.author.name, guest: !a.author.userId })),
    tags: row.tags.map((t) => t.tag.name),
    hero: hero ? { id: hero.id, src: hero.src, alt: hero.alt, width: hero.width, height: hero.height, credit: hero.credit } : null,
    showBeforeYouGo: row.showBeforeYouGo,
    seoTitle: row.seoTitle,
    seoDescription: row.seoDescription,
    correction: row.correction,
    correctionAt: row.correctionAt ? row.correctionAt.toISOString().slice(0, 10) : '',
  }
  return {
    ...row,
    bodyJson,
    hero,
    editor,
    canEdit: canEditArticle(actor, toOwnership(row)),
    canPublish: canPublishArticle(actor, toOwnership(row)),
    canSubmit: canSubmitForReview(actor, toOwnership(row)) && !canPublishArticle(actor, toOwnership(row)),
    canReview: canReviewArticles(actor) && row.status === 'IN_REVIEW',
    canSchedule: canScheduleArticle(actor, toOwnership(row)) && row.status !== 'PUBLISHED',
  }
}

/** What the editor form holds: plain values a client component can take as props. */
export type EditorValues = {
  id?: string
  version?: number
  headline: string
  slug: string
  slugAuto: boolean
  standfirst: string
  body: Doc
  sectionId: string
  authors: { id: string; name: string; guest?: boolean }[]
  tags: string[]
  hero: { id: string; src: string; alt: string; width: number; height: number; credit: string } | null
  showBeforeYouGo: boolean
  seoTitle: string
  seoDescription: string
  correction: string
  correctionAt: string
}

/** The version someone else saved, to show beside the editor's own after a refused save. */
export async function getLatestForConflict(id: string) {
  const article = await getArticleForEditing(id)
  if (!article) throw new NotFoundError('That article no longer exists.')
  const html = renderDocToHtml(article.bodyJson)
  return { editor: article.editor, html, status: article.status, updatedAt: article.updatedAt, lastEditedBy: article.lastEditedBy?.name ?? 'someone' }
}

// ---------------------------------------------------------------- writes

type Body = { doc: Doc; html: string; text: string; words: number }

function buildBody(input: ArticleInput): Body {
  // Normalised again here so no caller can store a document the renderer would not understand.
  const doc = normalizeDoc(input.body)
  const text = docToText(doc)
  return { doc, html: renderDocToHtml(doc), text, words: countWords(text) }
}

/**
 * Who else holds `slug`: another article, or another article's old address (a redirect that
 * keeps links shared before a rename working; taking it would send them to this piece).
 */
async function slugHolder(slug: string, exceptId?: string): Promise<'article' | 'old address' | null> {
  const [article, redirect] = await Promise.all([
    db.article.findFirst({ where: { slug, NOT: exceptId ? { id: exceptId } : undefined }, select: { id: true } }),
    db.slugRedirect.findFirst({ where: { kind: 'article', oldSlug: slug, NOT: exceptId ? { targetId: exceptId } : undefined }, select: { id: true } }),
  ])
  return article ? 'article' : redirect ? 'old address' : null
}

async function uniqueSlug(base: string, exceptId?: string): Promise<string> {
  const root = base || 'untitled'
  for (let n = 1; n < 1000; n++) {
    const candidate = n === 1 ? root : `${root}-${n}`
    if (!(await slugHolder(candidate, exceptId))) return candidate
  }
  throw new FieldError('slug', 'Could not find a free slug; choose one by hand.')
}

async function resolveSlug(input: ArticleInput, exceptId?: string): Promise<string> {
  // A slug that still follows the headline gets a number rather than an error on a clash.
  if (input.slug && input.slugAuto) return uniqueSlug(input.slug, exceptId)
  if (input.slug) {
    const holder = await slugHolder(input.slug, exceptId)
    if (holder === 'article') throw new FieldError('slug', 'Another article already uses this slug. Choose a different one.')
    if (holder === 'old address')
      throw new FieldError('slug', 'This slug is the old address of another article, and links shared to it still lead there. Choose a different one.')
    return input.slug
  }
  return uniqueSlug(slugify(input.headline), exceptId)
}

/**
 * The ids of the named tags, making any that do not exist yet; `created` says whether one was.
 * Run inside the save's transaction, so a save that fails leaves no tag behind.
 */
async function tagIdsFor(tx: Tx, names: string[]): Promise<{ ids: string[]; created: boolean }> {
  const ids: string[] = []
  let created = false
  for (const name of names) {
    const slug = slugify(name)
    if (!slug) continue
    const existing = await tx.tag.findUnique({ where: { slug }, select: { id: true } })
    if (existing) {
      ids.push(existing.id)
      continue
    }
    const tag = await tx.tag.upsert({ where: { slug }, update: {}, create: { name: name.slice(0, 60), slug }, select: { id: true } })
    ids.push(tag.id)
    created = true
  }
  return { ids, created }
}

/**
 * The byline defaults to the actor's own author profile, made on first use (`created` says so),
 * inside the save's transaction like the tags. `current` is the piece's byline before this save:
 * a writer or contributor may keep anyone on it, but adds only themselves and guests.
 */
async function authorIdsFor(tx: Tx, actor: Actor, requested: string[], current: string[] = []): Promise<{ ids: string[]; created: boolean }> {
  if (requested.length) {
    const found = await tx.author.findMany({ where: { id: { in: requested } }, select: { id: true, name: true, userId: true } })
    const known = new Map(found.map((a) => [a.id, a]))
    const ids = requested.filter((id, i) => known.has(id) && requested.indexOf(id) === i)
    if (!canBylineOtherStaff(actor)) {
      const colleagues = ids.map((id) => known.get(id)!).filter((a) => a.userId && a.userId !== actor.id && !current.includes(a.id))
      if (colleagues.length)
        throw new FieldError('authorIds', `Only an editor can add another staff member to a byline (${joinNames(colleagues.map((a) => a.name))}). Credit yourself or a guest, or ask an editor.`)
    }
    if (ids.length) return { ids, created: false }
  }
  const own = await tx.author.findUnique({ where: { userId: actor.id }, select: { id: true } })
  if (own) return { ids: [own.id], created: false }
  const made = await tx.author.create({
    data: { name: actor.name, slug: await uniqueAuthorSlug(slugify(actor.name), tx), userId: actor.id },
    select: { id: true },
  })
  return { ids: [made.id], created: true }
}

/** What a save made besides the article: new tags and a new byline join the editor's and the article list's suggestions. */
const madeTermTags = (tags: { created: boolean }, authors: { created: boolean }) => [
  ...(tags.created ? [cacheTags.tags()] : []),
  ...(authors.created ? [cacheTags.authors()] : []),
]

async function checkReferences(input: ArticleInput) {
  if (input.sectionId && !(await db.section.findUnique({ where: { id: input.sectionId }, select: { id: true } })))
    throw new FieldError('sectionId', 'That section no longer exists.')
  if (input.heroImageId && !(await db.media.findUnique({ where: { id: input.heroImageId }, select: { id: true } })))
    throw new FieldError('heroImageId', 'That image is no longer in the library.')
}

/** A correction always carries a date: the one given, or today. */
function correctionFields(input: ArticleInput) {
  if (!input.correction) return { correction: '', correctionAt: null }
  return { correction: input.correction, correctionAt: input.correctionAt ?? new Date() }
}

function snapshotOf(input: ArticleInput, body: Body, slug: string): Prisma.InputJsonValue {
  const { body: _doc, slugAuto: _auto, correctionAt, ...fields } = input
  return { ...fields, slug, bodyJson: body.doc, correctionAt: correctionAt?.toISOString() ?? null } as unknown as Prisma.InputJsonValue
}

type Tx = Prisma.TransactionClient

/** The editable fields as they are now, for a revision made by a status change or a restore. */
async function snapshotNow(tx: Tx, id: string): Promise<Prisma.InputJsonValue> {
  const row = await tx.article.findUniqueOrThrow({
    where: { id },
    select: {
      headline: true,
      slug: true,
      standfirst: true,
      bodyJson: true,
      sectionId: true,
      heroImageId: true,
      showBeforeYouGo: true,
      seoTitle: true,
      seoDescription: true,
      correction: true,
      correctionAt: true,
      status: true,
      authors: { orderBy: { position: 'asc' }, select: { authorId: true } },
      tags: { select: { tag: { select: { name: true } } } },
    },
  })
  const { authors, tags, correctionAt, bodyJson, ...fields } = row
  return {
    ...fields,
    bodyJson: bodyJson as Prisma.InputJsonValue,
    correctionAt: correctionAt?.toISOString() ?? null,
    authorIds: authors.map((a) => a.authorId),
    tagNames: tags.map((t) => t.tag.name),
  }
}

/** Continuous autosaving makes at most one revision per ten minutes: later autosaves refresh it. */
const AUTOSAVE_REVISION_WINDOW_MS = 10 * 60 * 1000

async function recordSaveRevision(tx: Tx, articleId: string, actorId: string, version: number, snapshot: Prisma.InputJsonValue, autosave: boolean) {
  if (autosave) {
    const latest = await tx.revision.findFirst({ where: { articleId }, orderBy: { createdAt: 'desc' }, select: { id: true, reason: true, createdById: true, createdAt: true } })
    if (latest && latest.reason === 'autosave' && latest.createdById === actorId && Date.now() - latest.createdAt.getTime() < AUTOSAVE_REVISION_WINDOW_MS) {
      await tx.revision.update({ where: { id: latest.id }, data: { snapshot, version } })
      return
    }
  }
  await tx.revision.create({ data: { articleId, snapshot, version, reason: autosave ? 'autosave' : 'save', createdById: actorId } })
}

/** The columns a save writes from the editor's input: the same for a new article and an edit. */
function contentColumns(input: ArticleInput, slug: string, body: Body) {
  return {
    slug,
    headline: input.headline,
    standfirst: input.standfirst,
    bodyJson: body.doc as unknown as Prisma.InputJsonValue,
    bodyHtml: body.html,
    bodyText: body.text,
    wordCount: body.words,
    sectionId: input.sectionId || null,
    heroImageId: input.heroImageId || null,
    showBeforeYouGo: input.showBeforeYouGo,
    seoTitle: input.seoTitle,
    seoDescription: input.seoDescription,
    ...correctionFields(input),
  }
}

export async function createArticle(input: ArticleInput): Promise<{ id: string; slug: string; invalidate: string[] }> {
  const actor = await requireActor()
  if (!canCreateArticle(actor)) throw new ForbiddenError()
  await checkReferences(input)
  const slug = await resolveSlug(input)
  const body = buildBody(input)
  const { article, authors, tags } = await db.$transaction(async (tx) => {
    const authors = await authorIdsFor(tx, actor, input.authorIds)
    const tags = await tagIdsFor(tx, input.tagNames)
    const article = await tx.article.create({
      data: {
        ...contentColumns(input, slug, body),
        createdById: actor.id,
        lastEditedById: actor.id,
        authors: { create: authors.ids.map((authorId, position) => ({ authorId, position })) },
        tags: { create: tags.ids.map((tagId) => ({ tagId })) },
        revisions: { create: { snapshot: snapshotOf(input, body, slug), version: 1, reason: 'create', createdById: actor.id } },
      },
      select: { id: true },
    })
    return { article, authors, tags }
  })
  return { id: article.id, slug, invalidate: madeTermTags(tags, authors) }
}

/**
 * Saves an edit made from `expectedVersion`. The write is conditional on id and version in one
 * statement, so of two saves from the same version exactly one wins. A status change does not
 * move the version, so the write is also conditional on the status the save's checks saw; when
 * that moved in between (an editor published the draft being saved), the save is weighed again
 * against the piece as it is now, and a contributor's save never lands on a live piece.
 */
export async function updateArticle(id: string, expectedVersion: number, input: ArticleInput, options: SaveOptions = {}) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await saveEdit(id, expectedVersion, input, options)
    } catch (error) {
      if (!(error instanceof StatusMovedError) || attempt === 3) throw error instanceof StatusMovedError ? new StaleVersionError(expectedVersion) : error
    }
  }
}

type SaveOptions = { autosave?: boolean; restoredFrom?: string }

/** The piece's status changed between a save's checks and its write: nothing was written. */
class StatusMovedError extends Error {}

async function saveEdit(id: string, expectedVersion: number, input: ArticleInput, options: SaveOptions) {
  const actor = await requireActor()
  const before = await loadForActor(actor, id)
  if (!canEditArticle(actor, toOwnership(before))) throw new ForbiddenError('You cannot edit this article.')
  await checkReferences(input)
  const slug = await resolveSlug(input, id)
  const body = buildBody(input)
  const live = before.status === 'PUBLISHED'
  // Readers see every save of a published piece, so it changes only when someone saves it by
  // hand (the editor does not autosave one; this refuses a stale tab that still would).
  if (live && options.autosave) throw new LivePieceAutosaveError()

  const { authors, tags } = await db.$transaction(async (tx) => {
    const authors = await authorIdsFor(tx, actor, input.authorIds, before.authors.map((a) => a.authorId))
    const tags = await tagIdsFor(tx, input.tagNames)
    const updated = await tx.article.updateMany({
      where: { id, version: expectedVersion, status: before.status },
      data: {
        ...contentColumns(input, slug, body),
        lastEditedById: actor.id,
        version: { increment: 1 },
        ...(live ? { contentUpdatedAt: new Date() } : {}),
      },
    })
    if (updated.count !== 1) {
      const current = await tx.article.findUnique({ where: { id }, select: { version: true, status: true } })
      if (current && current.version === expectedVersion && current.status !== before.status) throw new StatusMovedError()
      throw new StaleVersionError(current?.version ?? expectedVersion)
    }
    await tx.articleAuthor.deleteMany({ where: { articleId: id } })
    await tx.articleAuthor.createMany({ data: authors.ids.map((authorId, position) => ({ articleId: id, authorId, position })) })
    await tx.articleTag.deleteMany({ where: { articleId: id } })
    await tx.articleTag.createMany({ data: tags.ids.map((tagId) => ({ articleId: id, tagId })) })
    if (before.slug !== slug) {
      await tx.slugRedirect.upsert({
        where: { kind_oldSlug: { kind: 'article', oldSlug: before.slug } },
        update: { targetId: id },
        create: { kind: 'article', oldSlug: before.slug, targetId: id },
      })
      await tx.slugRedirect.deleteMany({ where: { kind: 'article', oldSlug: slug } })
    }
    if (options.restoredFrom) {
      await tx.revision.create({ data: { articleId: id, snapshot: snapshotOf(input, body, slug), version: expectedVersion + 1, reason: 'restore', createdById: actor.id } })
      await recordAudit(actor, 'article.restore', input.headline, { articleId: id, revisionId: options.restoredFrom }, '', tx)
    } else {
      await recordSaveRevision(tx, id, actor.id, expectedVersion + 1, snapshotOf(input, body, slug), Boolean(options.autosave))
    }
    return { authors, tags }
  })
  // The piece as it is now, for the editor to show: its status may have been changed elsewhere.
  const after = await db.article.findUnique({ where: { id }, select: { ...ownershipSelect, updatedAt: true, lastEditedBy: { select: { name: true } } } })
  if (!after) throw new NotFoundError('That article no longer exists.')
  return {
    version: expectedVersion + 1,
    slug,
    status: after.status,
    updatedAt: after.updatedAt,
    lastEditedBy: after.lastEditedBy?.name ?? null,
    invalidate: [...(live ? tagsFor([before, after]) : []), ...madeTermTags(tags, authors)],
  }
}

/** A piece goes live, now or on a schedule, only with something in its body: a headline alone is not an article. */
async function assertHasBody(id: string) {
  const row = await db.article.findUnique({ where: { id }, select: { wordCount: true } })
  if (row && row.wordCount === 0) throw new FieldError('body', 'There is nothing to publish yet: write the piece and save it first.')
}

/**
 * `expectedVersion`: the version the person asking has in front of them (the editing page sends
 * it). A piece saved since by someone else is refused (StaleVersionError) rather than published
 * or moved on unseen.
 */
function assertVersion(before: OwnershipRow, expectedVersion: number | undefined) {
  if (expectedVersion !== undefined && before.version !== expectedVersion) throw new StaleVersionError(before.version)
}

async function setStatus(id: string, status: 'PUBLISHED' | 'UNPUBLISHED', reason: string, expectedVersion?: number) {
  const actor = await requireActor()
  const before = await loadForActor(actor, id)
  if (!canPublishArticle(actor, toOwnership(before))) {
    throw new ForbiddenError(status === 'PUBLISHED' ? 'You cannot publish this article.' : 'You cannot unpublish this article.')
  }
  if (before.status === status) return { changed: false, invalidate: tagsFor([before]) }
  assertVersion(before, expectedVersion)
  if (status === 'PUBLISHED') await assertHasBody(id)
  const now = new Date()
  const changed = await db.$transaction(async (tx) => {
    // Conditional on the status and version we read, so two clicks publish once, and a save
    // landing in between is not published unseen.
    const updated = await tx.article.updateMany({
      where: { id, status: before.status, version: before.version },
      data: {
        status,
        ...(status === 'PUBLISHED' ? { scheduledFor: null } : {}),
        // The version counts content edits; a status change leaves an open editor's version valid.
        lastEditedById: actor.id,
      },
    })
    if (updated.count !== 1) return false
    if (status === 'PUBLISHED') {
      await tx.article.updateMany({ where: { id, publishedAt: null }, data: { publishedAt: now } })
    }
    const current = await tx.article.findUniqueOrThrow({ where: { id }, select: { version: true, headline: true } })
    await tx.revision.create({ data: { articleId: id, snapshot: await snapshotNow(tx, id), version: current.version, reason, createdById: actor.id } })
    await recordAudit(actor, status === 'PUBLISHED' ? 'article.publish' : 'article.unpublish', current.headline, { articleId: id }, '', tx)
    return true
  })
  return { changed, invalidate: tagsFor([before]) }
}

export const publishArticle = (id: string, expectedVersion?: number) => setStatus(id, 'PUBLISHED', 'publish', expectedVersion)
export const unpublishArticle = (id: string, expectedVersion?: number) => setStatus(id, 'UNPUBLISHED', 'unpublish', expectedVersion)

// ---------------------------------------------------------------- preview

const PREVIEW_LINK_DAYS = 7

/** A link anyone can open for a week to read this draft; only someone who may edit the piece can make one. */
export async function createPreviewLink(id: string): Promise<{ path: string; expiresAt: Date }> {
  const actor = await requireActor()
  const row = await loadForActor(actor, id)
  if (!canEditArticle(actor, toOwnership(row)) && !isEditor(actor)) throw new ForbiddenError('You can only share your own pieces.')
  const expiresAt = new Date(Date.now() + PREVIEW_LINK_DAYS * 24 * 60 * 60 * 1000)
  return { path: `/preview/${id}?token=${encodeURIComponent(signPreviewToken(env.NEXTAUTH_SECRET, id, expiresAt))}`, expiresAt }
}

/**
 * The article exactly as a reader will get it, for a staff member who may open it
 * (`staff: true`, only in draft mode) or for anyone holding a valid, unexpired share token.
 */
export async function getArticlePreview(
  id: string,
  access: { staff: boolean; token?: string },
): Promise<(PublishedArticle & { status: ArticleStatus; via: 'staff' | 'link' }) | null> {
  let allowed: 'staff' | 'link' | null = null
  if (access.token && verifyPreviewToken(env.NEXTAUTH_SECRET, id, access.token)) allowed = 'link'
  else if (access.staff) {
    const actor = await getActor()
    if (!actor) return null
    const own = await db.article.findUnique({ where: { id }, select: ownershipSelect })
    if (!own) return null
    if (isEditor(actor) || canEditArticle(actor, toOwnership(own)) || ownsArticleRow(actor, own)) allowed = 'staff'
  }
  if (!allowed) return null
  const row = await db.article.findUnique({ where: { id }, select: { ...readerArticleSelect, status: true, scheduledFor: true } })
  if (!row) return null
  return { ...toReaderArticle(row, row.scheduledFor ?? undefined), status: row.status, via: allowed }
}

const ownsArticleRow = (actor: Actor, row: OwnershipRow) =>
  row.createdById === actor.id || row.authors.some((a) => a.author.userId === actor.id)

// ---------------------------------------------------------------- revisions

type Snapshot = Partial<{
  headline: string
  slug: string
  standfirst: string
  bodyJson: unknown
  sectionId: string | null
  heroImageId: string | null
  showBeforeYouGo: boolean
  seoTitle: string
  seoDescription: string
  correction: string
  correctionAt: string | null
  authorIds: string[]
  tagNames: string[] | string
}>

const snapshotText = (snap: Snapshot) => docToText(normalizeDoc(snap.bodyJson))

/** Who saved what, and when: every revision of an article, newest first. */
export async function listRevisions(articleId: string) {
  const article = await getArticleForEditing(articleId)
  if (!article) return null
  const rows = await db.revision.findMany({
    where: { articleId },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: 500,
    select: { id: true, version: true, reason: true, createdAt: true, createdBy: { select: { name: true } }, snapshot: true },
  })
  const actor = await requireActor()
  return {
    article: { id: article.id, headline: article.headline, version: article.version, canEdit: article.canEdit, canPrune: canPruneRevisions(actor) },
    // Only the scheduler writes a revision with no one behind it: it publishes scheduled pieces.
    revisions: rows.map((r) => {
      const snap = (r.snapshot ?? {}) as Snapshot
      return { id: r.id, version: r.version, reason: r.reason, createdAt: r.createdAt, by: r.createdBy?.name ?? (r.reason === 'publish' ? 'the scheduler' : 'someone'), headline: snap.headline ?? '', words: countWords(snapshotText(snap)) }
    }),
  }
}

/** Which revisions a prune with these options would delete: for the administrator's preview. */
export async function previewRevisionPrune(articleId: string, options: PruneOptions) {
  const actor = await requireActor()
  if (!canPruneRevisions(actor)) throw new ForbiddenError('Only administrators can prune revisions.')
  const article = await db.article.findUnique({ where: { id: articleId }, select: { version: true } })
  if (!article) throw new NotFoundError('That article no longer exists.')
  const rows = await db.revision.findMany({ where: { articleId }, select: { id: true, createdAt: true, reason: true, version: true } })
  return planRevisionPrune(rows, article.version, options)
}

/**
 * Deletes old saves and autosaves (lib/revision-prune.ts says which), for administrators only;
 * the audit log records who pruned what, with the counts.
 */
export async function pruneRevisions(articleId: string, options: PruneOptions) {
  const actor = await requireActor()
  if (!canPruneRevisions(actor)) throw new ForbiddenError('Only administrators can prune revisions.')
  return db.$transaction(async (tx) => {
    const article = await tx.article.findUnique({ where: { id: articleId }, select: { version: true, headline: true } })
    if (!article) throw new NotFoundError('That article no longer exists.')
    const rows = await tx.revision.findMany({ where: { articleId }, select: { id: true, createdAt: true, reason: true, version: true } })
    const plan = planRevisionPrune(rows, article.version, options)
    const { count } = plan.remove.length ? await tx.revision.deleteMany({ where: { articleId, id: { in: plan.remove } } }) : { count: 0 }
    const detail = { articleId, deleted: count, kept: rows.length - count, olderThanDays: options.olderThanDays, keepNewest: options.keepNewest }
    await recordAudit(actor, 'article.revisions_prune', article.headline, detail, '', tx)
    return { deleted: count, kept: rows.length - count }
  })
}

/** A readable word-level comparison of two revisions' headline, standfirst and body, and the settings that differ. */
export async function compareRevisions(articleId: string, fromId: string, toId: string) {
  const article = await getArticleForEditing(articleId)
  if (!article) return null
  const rows = await db.revision.findMany({ where: { articleId, id: { in: [fromId, toId] } }, select: { id: true, snapshot: true } })
  const from = rows.find((r) => r.id === fromId)?.snapshot as Snapshot | undefined
  const to = rows.find((r) => r.id === toId)?.snapshot as Snapshot | undefined
  if (!from || !to) return null
  return {
    headline: diffWords(from.headline ?? '', to.headline ?? ''),
    standfirst: diffWords(from.standfirst ?? '', to.standfirst ?? ''),
    body: diffWords(snapshotText(from), snapshotText(to)),
    settings: await settingsChanges(snapshotSettings(from), snapshotSettings(to)),
  }
}

/** What the editor chose on the confirmation page. */
export type RestoreChoices = { keepHero: boolean }

/**
 * A revision's words and settings as a save would write them, for someone who may edit the piece:
 * the address stays as it is now, a correction is never silently taken away
 * (lib/revision-restore.ts), and the hero image is the revision's unless the editor keeps today's.
 */
async function restoredInput(actor: Actor, articleId: string, revisionId: string, choices: RestoreChoices) {
  const row = await loadForActor(actor, articleId)
  if (!canEditArticle(actor, toOwnership(row))) throw new ForbiddenError('You cannot edit this article.')
  const revision = await db.revision.findFirst({
    where: { id: revisionId, articleId },
    select: { id: true, version: true, reason: true, createdAt: true, createdBy: { select: { name: true } }, snapshot: true },
  })
  if (!revision) throw new NotFoundError('That revision no longer exists.')
  const snap = (revision.snapshot ?? {}) as Snapshot
  const [section, hero, current] = await Promise.all([
    snap.sectionId ? db.section.findUnique({ where: { id: snap.sectionId }, select: { id: true } }) : null,
    snap.heroImageId ? db.media.findUnique({ where: { id: snap.heroImageId }, select: { id: true } }) : null,
    db.article.findUniqueOrThrow({
      where: { id: articleId },
      select: {
        version: true,
        status: true,
        headline: true,
        standfirst: true,
        bodyJson: true,
        heroImageId: true,
        correction: true,
        correctionAt: true,
        sectionId: true,
        showBeforeYouGo: true,
        seoTitle: true,
        seoDescription: true,
        authors: { orderBy: { position: 'asc' }, select: { authorId: true } },
        tags: { orderBy: { tag: { name: 'asc' } }, select: { tag: { select: { name: true } } } },
      },
    }),
  ])
  const snapCorrectionAt = snap.correctionAt ? new Date(snap.correctionAt) : null
  const correction = correctionAfterRestore(
    { text: current.correction, at: current.correctionAt },
    { text: snap.correction ?? '', at: snapCorrectionAt && !Number.isNaN(snapCorrectionAt.getTime()) ? snapCorrectionAt : null },
  )
  const input: ArticleInput = {
    headline: snap.headline || current.headline,
    slug: row.slug,
    slugAuto: false,
    standfirst: snap.standfirst ?? '',
    body: normalizeDoc(snap.bodyJson),
    // A setting the snapshot does not record stays as it is now, rather than being emptied.
    sectionId: snap.sectionId === undefined ? (current.sectionId ?? '') : (section?.id ?? ''),
    authorIds: Array.isArray(snap.authorIds) ? snap.authorIds : current.authors.map((a) => a.authorId),
    tagNames: Array.isArray(snap.tagNames)
      ? snap.tagNames
      : typeof snap.tagNames === 'string'
        ? snap.tagNames.split(',').map((t) => t.trim()).filter(Boolean)
        : current.tags.map((t) => t.tag.name),
    heroImageId: (choices.keepHero ? current.heroImageId : hero?.id) ?? '',
    showBeforeYouGo: snap.showBeforeYouGo ?? current.showBeforeYouGo,
    seoTitle: snap.seoTitle ?? current.seoTitle,
    seoDescription: snap.seoDescription ?? current.seoDescription,
    correction: correction.text,
    correctionAt: correction.at,
  }
  return { revision, current, input, correctionKept: correction.kept, revisionHeroId: hero?.id ?? null }
}

/** What a restore of this revision would change, for the page that asks the editor to confirm it. Changes nothing. */
export async function planRevisionRestore(articleId: string, revisionId: string) {
  const actor = await requireActor()
  const { revision, current, input, correctionKept, revisionHeroId } = await restoredInput(actor, articleId, revisionId, { keepHero: false })
  const heroIds = [current.heroImageId, revisionHeroId].filter((id): id is string => Boolean(id))
  const heroes = heroIds.length ? await db.media.findMany({ where: { id: { in: heroIds } }, select: mediaSelect }) : []
  const image = (id: string | null) => {
    const dto = toImageDto(heroes.find((m) => m.id === id))
    return dto ? { id: dto.id, src: dto.src, alt: dto.alt, credit: dto.credit } : null
  }
  return {
    article: { id: articleId, headline: current.headline, status: current.status, version: current.version },
    revision: { id: revision.id, version: revision.version, reason: revision.reason, createdAt: revision.createdAt, by: revision.createdBy?.name ?? 'someone' },
    changes: {
      headline: diffWords(current.headline, input.headline),
      standfirst: diffWords(current.standfirst, input.standfirst),
      body: diffWords(docToText(normalizeDoc(current.bodyJson)), docToText(input.body)),
    },
    settings: await settingsChanges(
      {
        sectionId: current.sectionId,
        authorIds: current.authors.map((a) => a.authorId),
        tagNames: current.tags.map((t) => t.tag.name),
        seoTitle: current.seoTitle,
        seoDescription: current.seoDescription,
        showBeforeYouGo: current.showBeforeYouGo,
      },
      { ...input, sectionId: input.sectionId || null },
    ),
    correction: { text: input.correction, at: input.correctionAt ?? null, kept: correctionKept },
    hero: { current: image(current.heroImageId), revision: image(revisionHeroId) },
  }
}

/** A piece's settings besides its words, as a restore or a comparison weighs them. */
type Settings = {
  sectionId: string | null
  authorIds: string[]
  tagNames: string[]
  seoTitle: string
  seoDescription: string
  showBeforeYouGo: boolean
  /** Only compared when given (a comparison of two revisions; a restore keeps the address and weighs the correction on its own). */
  slug?: string
  correction?: string
  heroImageId?: string | null
}

export type SettingChange = { label: string; from: string; to: string }

/** The settings that differ between `from` and `to`, each as it reads in each; unchanged ones are left out. */
async function settingsChanges(from: Settings, to: Settings): Promise<SettingChange[]> {
  const [sections, authors, images] = await Promise.all([
    db.section.findMany({ where: { id: { in: [from.sectionId, to.sectionId].filter((id): id is string => Boolean(id)) } }, select: { id: true, name: true } }),
    db.author.findMany({ where: { id: { in: [...from.authorIds, ...to.authorIds] } }, select: { id: true, name: true } }),
    db.media.findMany({ where: { id: { in: [from.heroImageId, to.heroImageId].filter((id): id is string => Boolean(id)) } }, select: { id: true, altText: true } }),
  ])
  const sectionName = (id: string | null) => (id ? (sections.find((s) => s.id === id)?.name ?? 'a section since deleted') : 'none')
  const names = (ids: string[]) => ids.map((id) => authors.find((a) => a.id === id)?.name).filter(Boolean).join(', ') || 'none'
  const list = (items: string[]) => items.join(', ') || 'none'
  const text = (value: string) => (value ? `“${value}”` : 'empty')
  const image = (id: string | null | undefined) => {
    if (!id) return 'none'
    const alt = images.find((m) => m.id === id)?.altText
    return alt === undefined ? 'an image since deleted' : alt ? `“${alt}”` : 'an image with no description'
  }
  const sameTags = from.tagNames.length === to.tagNames.length && from.tagNames.every((t) => to.tagNames.some((n) => n.toLowerCase() === t.toLowerCase()))
  const changes = [
    { label: 'Section', from: sectionName(from.sectionId), to: sectionName(to.sectionId), same: (from.sectionId ?? '') === (to.sectionId ?? '') },
    { label: 'Byline', from: names(from.authorIds), to: names(to.authorIds), same: from.authorIds.join() === to.authorIds.join() },
    { label: 'Tags', from: list(from.tagNames), to: list(to.tagNames), same: sameTags },
    { label: 'Search and social title', from: text(from.seoTitle), to: text(to.seoTitle), same: from.seoTitle === to.seoTitle },
    { label: 'Search and social description', from: text(from.seoDescription), to: text(to.seoDescription), same: from.seoDescription === to.seoDescription },
    { label: '“Before you go” box', from: from.showBeforeYouGo ? 'shown' : 'hidden', to: to.showBeforeYouGo ? 'shown' : 'hidden', same: from.showBeforeYouGo === to.showBeforeYouGo },
    ...(from.slug !== undefined && to.slug !== undefined ? [{ label: 'Address', from: `/article/${from.slug}`, to: `/article/${to.slug}`, same: from.slug === to.slug }] : []),
    ...(from.correction !== undefined && to.correction !== undefined ? [{ label: 'Correction', from: text(from.correction), to: text(to.correction), same: from.correction === to.correction }] : []),
    ...(from.heroImageId !== undefined && to.heroImageId !== undefined ? [{ label: 'Hero image', from: image(from.heroImageId), to: image(to.heroImageId), same: (from.heroImageId ?? null) === (to.heroImageId ?? null) }] : []),
  ]
  return changes.filter((c) => !c.same).map(({ label, from, to }) => ({ label, from, to }))
}

/** A revision's settings; what it did not record reads as empty, as it was saved. */
const snapshotSettings = (snap: Snapshot): Required<Settings> => ({
  sectionId: snap.sectionId ?? null,
  authorIds: Array.isArray(snap.authorIds) ? snap.authorIds : [],
  tagNames: Array.isArray(snap.tagNames) ? snap.tagNames : typeof snap.tagNames === 'string' ? snap.tagNames.split(',').map((t) => t.trim()).filter(Boolean) : [],
  seoTitle: snap.seoTitle ?? '',
  seoDescription: snap.seoDescription ?? '',
  showBeforeYouGo: snap.showBeforeYouGo ?? true,
  slug: snap.slug ?? '',
  correction: snap.correction ?? '',
  heroImageId: snap.heroImageId ?? null,
})

/**
 * Brings back a revision's words and settings as a new save (itself a revision), once the
 * editor has confirmed what it will do. `expected` is the version and status the confirmation
 * page showed: if the piece was saved, published or unpublished since, nothing is restored and
 * the editor is asked again (StaleVersionError), since what they agreed to may no longer hold.
 */
export async function restoreRevision(articleId: string, revisionId: string, expected: { version: number; status: ArticleStatus }, choices: RestoreChoices) {
  const actor = await requireActor()
  const { current, input } = await restoredInput(actor, articleId, revisionId, choices)
  if (current.version !== expected.version || current.status !== expected.status) throw new StaleVersionError(current.version)
  return updateArticle(articleId, current.version, input, { restoredFrom: revisionId })
}

// ---------------------------------------------------------------- review and scheduling

type Transition = { from: ArticleStatus[]; to: ArticleStatus; reason: string; audit: 'article.submit' | 'article.return' | 'article.schedule'; data?: Prisma.ArticleUpdateManyMutationInput }

/** A status change conditional on the status read, so a double click or a race changes it once. */
async function transition(actor: Actor, before: OwnershipRow, t: Transition, expectedVersion?: number) {
  if (!t.from.includes(before.status)) return false
  assertVersion(before, expectedVersion)
  return db.$transaction(async (tx) => {
    const updated = await tx.article.updateMany({ where: { id: before.id, status: before.status, version: before.version }, data: { status: t.to, lastEditedById: actor.id, ...t.data } })
    if (updated.count !== 1) return false
    const current = await tx.article.findUniqueOrThrow({ where: { id: before.id }, select: { version: true, headline: true } })
    await tx.revision.create({ data: { articleId: before.id, snapshot: await snapshotNow(tx, before.id), version: current.version, reason: t.reason, createdById: actor.id } })
    await recordAudit(actor, t.audit, current.headline, { articleId: before.id, to: t.to }, '', tx)
    return true
  })
}

/** A contributor hands a draft to the editors. */
export async function submitForReview(id: string, expectedVersion?: number) {
  const actor = await requireActor()
  const before = await loadForActor(actor, id)
  if (!canSubmitForReview(actor, toOwnership(before))) throw new ForbiddenError('You cannot submit this article for review.')
  const changed = await transition(actor, before, { from: ['DRAFT', 'UNPUBLISHED'], to: 'IN_REVIEW', reason: 'submit', audit: 'article.submit' }, expectedVersion)
  return { changed, invalidate: [] as string[] }
}

/** An editor returns a submitted piece to its writer with a note saying what to fix. */
export async function sendBackForChanges(id: string, note: string, expectedVersion?: number) {
  const actor = await requireActor()
  if (!canReviewArticles(actor)) throw new ForbiddenError('Only editors can send pieces back.')
  const before = await loadForActor(actor, id)
  const text = note.trim().slice(0, 2000)
  if (!text) throw new FieldError('reviewNote', 'Say what needs changing, so the writer knows.')
  const changed = await transition(actor, before, { from: ['IN_REVIEW'], to: 'DRAFT', reason: 'return', audit: 'article.return', data: { reviewNote: text } }, expectedVersion)
  return { changed, invalidate: [] as string[] }
}

/** Approves (if in review) and schedules a piece to go live at `when`. */
export async function scheduleArticle(id: string, when: Date, expectedVersion?: number) {
  const actor = await requireActor()
  const before = await loadForActor(actor, id)
  if (!canScheduleArticle(actor, toOwnership(before))) throw new ForbiddenError('You cannot schedule this article.')
  if (Number.isNaN(when.getTime())) throw new FieldError('scheduledFor', 'Choose a date and time.')
  if (when.getTime() < Date.now() - 60_000) throw new FieldError('scheduledFor', 'That time has passed. Choose a time in the future, or publish now.')
  await assertHasBody(id)
  const changed = await transition(actor, before, {
    from: ['DRAFT', 'IN_REVIEW', 'UNPUBLISHED', 'SCHEDULED'],
    to: 'SCHEDULED',
    reason: 'schedule',
    audit: 'article.schedule',
    data: { scheduledFor: when, reviewNote: '' },
  }, expectedVersion)
  return { changed, invalidate: [] as string[] }
}

/** The review queue: pieces waiting for an editor, and what is scheduled. */
export async function listReviewQueue() {
  const actor = await requireActor()
  if (!canReviewArticles(actor)) throw new ForbiddenError('Only editors see the review queue.')
  const select = {
    id: true,
    headline: true,
    updatedAt: true,
    scheduledFor: true,
    section: { select: { name: true } },
    authors: { orderBy: { position: 'asc' }, select: { author: { select: { name: true } } } },
    lastEditedBy: { select: { name: true } },
  } satisfies Prisma.ArticleSelect
  const [inReview, scheduled] = await Promise.all([
    db.article.findMany({ where: { status: 'IN_REVIEW' }, orderBy: { updatedAt: 'asc' }, take: 200, select }),
    db.article.findMany({ where: { status: 'SCHEDULED' }, orderBy: { scheduledFor: 'asc' }, take: 200, select }),
  ])
  const shape = (rows: typeof inReview) => rows.map((r) => ({ ...r, authors: r.authors.map((a) => a.author.name) }))
  return { inReview: shape(inReview), scheduled: shape(scheduled) }
}

/**
 * Publishes every scheduled piece whose time has come, including any whose time passed
 * while the server was down. Run by the scheduler, not by a person: each update is
 * conditional on the piece still being scheduled, so two servers publish it once.
 */
export async function publishDueArticles(now = new Date()): Promise<{ published: string[]; invalidate: string[] }> {
  const due = await db.article.findMany({ where: { status: 'SCHEDULED', scheduledFor: { lte: now } }, select: ownershipSelect, take: 100 })
  const published: string[] = []
  for (const row of due) {
    const done = await db.$transaction(async (tx) => {
      const updated = await tx.article.updateMany({ where: { id: row.id, status: 'SCHEDULED', scheduledFor: { lte: now } }, data: { status: 'PUBLISHED' } })
      if (updated.count !== 1) return false
      await tx.article.updateMany({ where: { id: row.id, publishedAt: null }, data: { publishedAt: now } })
      const current = await tx.article.findUniqueOrThrow({ where: { id: row.id }, select: { version: true, headline: true } })
      await tx.revision.create({ data: { articleId: row.id, snapshot: await snapshotNow(tx, row.id), version: current.version, reason: 'publish' } })
      await recordAudit(null, 'article.publish', current.headline, { articleId: row.id, scheduled: true }, '', tx)
      return true
    })
    if (done) published.push(row.id)
  }
  return { published, invalidate: published.length ? tagsFor(due.filter((r) => published.includes(r.id))) : [] }
}
