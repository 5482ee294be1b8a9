import 'server-only'
// Staff reads and writes of articles. Every function checks who is asking.
import { db } from '@/lib/db'
import { requireActor } from '@/lib/auth'
import { cacheTags } from '@/lib/cache-tags'
import { FieldError, ForbiddenError, NotFoundError, StaleVersionError } from '@/lib/errors'
import type { Prisma } from '@/lib/generated/prisma/client'
import type { ArticleStatus } from '@/lib/generated/prisma/enums'
import {
  canCreateArticle,
  canEditArticle,
  canPublishArticle,
  isEditor,
  type Actor,
  type ArticleOwnership,
} from '@/lib/permissions'
import { slugify } from '@/lib/slug'
import type { ArticleInput } from '@/lib/validation/article'
import { countWords, docToText, type Doc } from '@/lib/content/document'
import { markdownToDoc } from '@/lib/content/markdown'
import { renderDocToHtml } from '@/lib/content/render'

const ownershipSelect = {
  id: true,
  slug: true,
  status: true,
  version: true,
  createdById: true,
  sectionId: true,
  authors: { select: { authorId: true, author: { select: { userId: true } } } },
  tags: { select: { tagId: true } },
} satisfies Prisma.ArticleSelect

type OwnershipRow = Prisma.ArticleGetPayload<{ select: typeof ownershipSelect }>

const toOwnership = (row: OwnershipRow): ArticleOwnership => ({
  createdById: row.createdById,
  status: row.status,
  authorUserIds: row.authors.map((a) => a.author.userId).filter((id): id is string => Boolean(id)),
})

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

export async function listArticlesForDashboard(filters: { status?: string; q?: string; page?: number } = {}) {
  const actor = await requireActor()
  const pageSize = 25
  const page = Math.max(1, filters.page ?? 1)
  const where: Prisma.ArticleWhereInput = {}
  if (filters.status && isArticleStatus(filters.status)) where.status = filters.status
  if (filters.q?.trim()) where.headline = { contains: filters.q.trim().slice(0, 200), mode: 'insensitive' }
  // Contributors and writers see their own pieces; editors see everyone's.
  if (!isEditor(actor)) where.OR = [{ createdById: actor.id }, { authors: { some: { author: { userId: actor.id } } } }]
  const [total, rows] = await Promise.all([
    db.article.count({ where }),
    db.article.findMany({
      where,
      orderBy: [{ updatedAt: 'desc' }, { id: 'desc' }],
      skip: (page - 1) * pageSize,
      take: pageSize,
      select: {
        id: true,
        slug: true,
        headline: true,
        status: true,
        publishedAt: true,
        scheduledFor: true,
        updatedAt: true,
        section: { select: { name: true } },
        lastEditedBy: { select: { name: true } },
        authors: { orderBy: { position: 'asc' }, select: { author: { select: { name: true } } } },
      },
    }),
  ])
  return {
    total,
    page,
    pageCount: Math.max(1, Math.ceil(total / pageSize)),
    articles: rows.map((r) => ({ ...r, authors: r.authors.map((a) => a.author.name) })),
  }
}

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
      publishedAt: true,
      updatedAt: true,
      authors: { orderBy: { position: 'asc' }, select: { authorId: true, author: { select: { userId: true, name: true } } } },
      tags: { select: { tagId: true, tag: { select: { name: true } } } },
    },
  })
  if (!row) return null
  if (!canEditArticle(actor, toOwnership(row)) && !isEditor(actor)) throw new ForbiddenError('You can only open your own pieces.')
  return {
    ...row,
    canEdit: canEditArticle(actor, toOwnership(row)),
    canPublish: canPublishArticle(actor, toOwnership(row)),
  }
}

// ---------------------------------------------------------------- writes

type Body = { doc: Doc; html: string; text: string; words: number }

function buildBody(input: ArticleInput): Body {
  const doc = markdownToDoc(input.body)
  const text = docToText(doc)
  return { doc, html: renderDocToHtml(doc), text, words: countWords(text) }
}

async function uniqueSlug(base: string, exceptId?: string): Promise<string> {
  const root = base || 'untitled'
  for (let n = 1; n < 1000; n++) {
    const candidate = n === 1 ? root : `${root}-${n}`
    const clash = await db.article.findFirst({ where: { slug: candidate, NOT: exceptId ? { id: exceptId } : undefined }, select: { id: true } })
    if (!clash) return candidate
  }
  throw new FieldError('slug', 'Could not find a free slug; choose one by hand.')
}

async function resolveSlug(input: ArticleInput, exceptId?: string): Promise<string> {
  if (input.slug) {
    const clash = await db.article.findFirst({ where: { slug: input.slug, NOT: exceptId ? { id: exceptId } : undefined }, select: { id: true } })
    if (clash) throw new FieldError('slug', 'Another article already uses this slug. Choose a different one.')
    return input.slug
  }
  return uniqueSlug(slugify(input.headline), exceptId)
}

async function tagIdsFor(names: string[]): Promise<string[]> {
  const ids: string[] = []
  for (const name of names) {
    const slug = slugify(name)
    if (!slug) continue
    const tag = await db.tag.upsert({ where: { slug }, update: {}, create: { name: name.slice(0, 60), slug }, select: { id: true } })
    ids.push(tag.id)
  }
  return ids
}

/** The byline defaults to the actor's own author profile, created on first use. */
async function authorIdsFor(actor: Actor, requested: string[]): Promise<string[]> {
  if (requested.length) {
    const found = await db.author.findMany({ where: { id: { in: requested } }, select: { id: true } })
    const known = new Set(found.map((a) => a.id))
    const ids = requested.filter((id, i) => known.has(id) && requested.indexOf(id) === i)
    if (ids.length) return ids
  }
  const own = await db.author.findUnique({ where: { userId: actor.id }, select: { id: true } })
  if (own) return [own.id]
  const created = await db.author.create({
    data: { name: actor.name, slug: await uniqueAuthorSlug(slugify(actor.name)), userId: actor.id },
    select: { id: true },
  })
  return [created.id]
}

async function uniqueAuthorSlug(base: string) {
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? base || 'author' : `${base}-${n}`
    if (!(await db.author.findUnique({ where: { slug: candidate }, select: { id: true } }))) return candidate
  }
}

async function checkReferences(input: ArticleInput) {
  if (input.sectionId && !(await db.section.findUnique({ where: { id: input.sectionId }, select: { id: true } })))
    throw new FieldError('sectionId', 'That section no longer exists.')
  if (input.heroImageId && !(await db.media.findUnique({ where: { id: input.heroImageId }, select: { id: true } })))
    throw new FieldError('heroImageId', 'That image is no longer in the library.')
}

function snapshotOf(input: ArticleInput, body: Body, slug: string) {
  return { ...input, slug, bodyJson: body.doc } as unknown as Prisma.InputJsonValue
}

export async function createArticle(input: ArticleInput): Promise<{ id: string; invalidate: string[] }> {
  const actor = await requireActor()
  if (!canCreateArticle(actor)) throw new ForbiddenError()
  await checkReferences(input)
  const slug = await resolveSlug(input)
  const body = buildBody(input)
  const [authorIds, tagIds] = await Promise.all([authorIdsFor(actor, input.authorIds), tagIdsFor(input.tagNames)])
  const article = await db.article.create({
    data: {
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
      createdById: actor.id,
      lastEditedById: actor.id,
      authors: { create: authorIds.map((authorId, position) => ({ authorId, position })) },
      tags: { create: tagIds.map((tagId) => ({ tagId })) },
      revisions: { create: { snapshot: snapshotOf(input, body, slug), version: 1, reason: 'create', createdById: actor.id } },
    },
    select: { id: true },
  })
  return { id: article.id, invalidate: [] }
}

/**
 * Saves an edit made from `expectedVersion`. The write is conditional on id and
 * version in one statement, so of two saves from the same version exactly one wins.
 */
export async function updateArticle(id: string, expectedVersion: number, input: ArticleInput) {
  const actor = await requireActor()
  const before = await loadForActor(actor, id)
  if (!canEditArticle(actor, toOwnership(before))) throw new ForbiddenError('You cannot edit this article.')
  await checkReferences(input)
  const slug = await resolveSlug(input, id)
  const body = buildBody(input)
  const [authorIds, tagIds] = await Promise.all([authorIdsFor(actor, input.authorIds), tagIdsFor(input.tagNames)])
  const live = before.status === 'PUBLISHED'

  await db.$transaction(async (tx) => {
    const updated = await tx.article.updateMany({
      where: { id, version: expectedVersion },
      data: {
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
        lastEditedById: actor.id,
        version: { increment: 1 },
        ...(live ? { contentUpdatedAt: new Date() } : {}),
      },
    })
    if (updated.count !== 1) {
      const current = await tx.article.findUnique({ where: { id }, select: { version: true } })
      throw new StaleVersionError(current?.version ?? expectedVersion)
    }
    await tx.articleAuthor.deleteMany({ where: { articleId: id } })
    await tx.articleAuthor.createMany({ data: authorIds.map((authorId, position) => ({ articleId: id, authorId, position })) })
    await tx.articleTag.deleteMany({ where: { articleId: id } })
    await tx.articleTag.createMany({ data: tagIds.map((tagId) => ({ articleId: id, tagId })) })
    if (before.slug !== slug) {
      await tx.slugRedirect.upsert({
        where: { kind_oldSlug: { kind: 'article', oldSlug: before.slug } },
        update: { targetId: id },
        create: { kind: 'article', oldSlug: before.slug, targetId: id },
      })
      await tx.slugRedirect.deleteMany({ where: { kind: 'article', oldSlug: slug } })
    }
    await tx.revision.create({
      data: { articleId: id, snapshot: snapshotOf(input, body, slug), version: expectedVersion + 1, reason: 'save', createdById: actor.id },
    })
  })
  const after = await loadForActor(actor, id)
  return { version: expectedVersion + 1, invalidate: live ? tagsFor([before, after]) : [] }
}

async function setStatus(id: string, status: 'PUBLISHED' | 'UNPUBLISHED', reason: string) {
  const actor = await requireActor()
  const before = await loadForActor(actor, id)
  if (!canPublishArticle(actor, toOwnership(before))) {
    throw new ForbiddenError(status === 'PUBLISHED' ? 'You cannot publish this article.' : 'You cannot unpublish this article.')
  }
  if (before.status === status) return { changed: false, invalidate: tagsFor([before]) }
  const now = new Date()
  await db.$transaction(async (tx) => {
    // Conditional on the status we read, so two clicks publish once.
    const updated = await tx.article.updateMany({
      where: { id, status: before.status },
      data: {
        status,
        ...(status === 'PUBLISHED' ? { scheduledFor: null } : {}),
        lastEditedById: actor.id,
        version: { increment: 1 },
      },
    })
    if (updated.count !== 1) return
    if (status === 'PUBLISHED') {
      await tx.article.updateMany({ where: { id, publishedAt: null }, data: { publishedAt: now } })
    }
    const current = await tx.article.findUniqueOrThrow({ where: { id }, select: { version: true, headline: true } })
    await tx.revision.create({
      data: { articleId: id, snapshot: { status, headline: current.headline }, version: current.version, reason, createdById: actor.id },
    })
  })
  return { changed: true, invalidate: tagsFor([before]) }
}

export const publishArticle = (id: string) => setStatus(id, 'PUBLISHED', 'publish')
export const unpublishArticle = (id: string) => setStatus(id, 'UNPUBLISHED', 'unpublish')
