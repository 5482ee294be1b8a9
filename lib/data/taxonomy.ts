import 'server-only'
// Sections, tags and authors: public reads for navigation, the option lists the article
// editor needs, and the editors' admin writes (create, rename with redirects, describe, merge, delete).
import { cacheLife, cacheTag } from 'next/cache'
import { db } from '@/lib/db'
import { isStaffReadKey, staffReadKey } from '@/lib/data/staff-read-key'
import { likeText } from '@/lib/data/like'
import { cacheTags } from '@/lib/cache-tags'
import { requireActor } from '@/lib/auth'
import { recordAudit } from '@/lib/data/audit'
import { ChangedSinceShownError, FieldError, ForbiddenError, NotFoundError } from '@/lib/errors'
import type { Prisma } from '@/lib/generated/prisma/client'
import type { ArticleStatus } from '@/lib/generated/prisma/enums'
import { canBylineOtherStaff, canCreateArticle, canManageTaxonomy, type Actor } from '@/lib/permissions'
import { pageCount } from '@/lib/pagination'
import { slugify } from '@/lib/slug'
import { uniqueAuthorSlug } from '@/lib/data/author-slug'
import type { AuthorInput, TermInput } from '@/lib/validation/taxonomy'
import { authorDeletionRefusal, type TermDeletionCounts } from '@/lib/term-deletion'

export type SectionLink = { id: string; name: string; slug: string }

export async function listSections(): Promise<SectionLink[]> {
  'use cache'
  cacheLife('published')
  cacheTag(cacheTags.sections())
  return db.section.findMany({ orderBy: [{ position: 'asc' }, { name: 'asc' }], select: { id: true, name: true, slug: true } })
}

/**
 * What the article editor offers: sections, bylines and tags to choose from. Writers and
 * contributors are offered only their own byline and guests' (canBylineOtherStaff); whoever
 * is already on a piece stays on it.
 */
export async function getArticleFormOptions() {
  const actor = await requireActor()
  const bylines = canBylineOtherStaff(actor) ? {} : { OR: [{ userId: null }, { userId: actor.id }] }
  const [sections, authors, tags] = await Promise.all([
    db.section.findMany({ orderBy: [{ position: 'asc' }, { name: 'asc' }], select: { id: true, name: true } }),
    db.author.findMany({ where: bylines, orderBy: { name: 'asc' }, take: 2000, select: { id: true, name: true, userId: true } }),
    // The most used tags first, so autocomplete offers the house vocabulary.
    tagsByUse(staffReadKey()),
  ])
  return { sections, authors: authors.map((a) => ({ id: a.id, name: a.name, guest: !a.userId })), tags: tags.map((t) => ({ id: t.id, name: t.name })) }
}

/** How many authors and tags the article list's filters suggest; any other name typed still filters. */
export const FILTER_SUGGESTIONS = 40

/** Sections, and the most used authors and tags, for the article list's filters. */
export async function getArticleListFilterOptions() {
  await requireActor()
  const [sections, suggestions] = await Promise.all([
    db.section.findMany({ orderBy: [{ position: 'asc' }, { name: 'asc' }], select: { id: true, name: true } }),
    mostUsedAuthorsAndTags(staffReadKey()),
  ])
  return { sections, ...suggestions }
}

// Ranking tags and authors by use reads every tagging and byline (66 ms for the tags of a
// 100,000-article archive): each ranking is cached, expired when tags or authors are made,
// renamed or merged on their dashboard pages, and when an article is saved with a new tag or
// makes its writer's own byline on their first save. Only the editor's and the
// article list's suggestions depend on the order, so a ranking a few hours old does no harm.
const byUse = [{ articles: { _count: 'desc' as const } }, { name: 'asc' as const }]

// Both read every tag and author, drafts' included, and are callable by id: staff only (staffReadKey).
async function tagsByUse(key: string) {
  'use cache'
  cacheLife('hours')
  cacheTag(cacheTags.tags())
  if (!isStaffReadKey(key)) return []
  return db.tag.findMany({ orderBy: byUse, take: 2000, select: { id: true, name: true } })
}

async function mostUsedAuthorsAndTags(key: string) {
  'use cache'
  cacheLife('hours')
  cacheTag(cacheTags.authors(), cacheTags.tags())
  if (!isStaffReadKey(key)) return { authors: [], tags: [] }
  const [authors, tags] = await Promise.all([
    db.author.findMany({ orderBy: byUse, take: FILTER_SUGGESTIONS, select: { name: true } }),
    tagsByUse(key),
  ])
  // Listing them all made the dashboard's front page 160 KB: only the most used are offered.
  const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'en-GB')
  return { authors: authors.sort(byName), tags: tags.slice(0, FILTER_SUGGESTIONS).map(({ name }) => ({ name })).sort(byName) }
}

// ---------------------------------------------------------------- shared helpers

/** Tags and authors are listed a page at a time: an archive can hold thousands of each. */
export const TERMS_PER_PAGE = 50

type TermListQuery = { q?: string; page?: number }

/** A term list's search: part of the name in any case, or part of the slug. */
const nameOrSlugContains = (query: string) => ({
  OR: [{ name: { contains: likeText(query), mode: 'insensitive' as const } }, { slug: { contains: likeText(query.toLowerCase()) } }],
})

/** The page asked for, kept within the pages there are (a page past the end shows the last). */
function termPage(asked: number, total: number) {
  const pages = pageCount(total, TERMS_PER_PAGE)
  const page = Math.min(Math.max(1, Math.floor(asked) || 1), pages)
  return { page, pageCount: pages, skip: (page - 1) * TERMS_PER_PAGE }
}

async function requireTaxonomyManager(): Promise<Actor> {
  const actor = await requireActor()
  if (!canManageTaxonomy(actor)) throw new ForbiddenError('Only editors and administrators can manage tags, sections and authors.')
  return actor
}

type Kind = 'tag' | 'section' | 'author'
type Tx = Prisma.TransactionClient

/** The old slug keeps answering, with a permanent redirect to whatever now carries the id. */
async function recordSlugChange(tx: Tx, kind: Kind, targetId: string, oldSlug: string, newSlug: string) {
  if (oldSlug === newSlug) return
  await tx.slugRedirect.upsert({
    where: { kind_oldSlug: { kind, oldSlug } },
    update: { targetId },
    create: { kind, oldSlug, targetId },
  })
  // A slug in use again is no longer a redirect.
  await tx.slugRedirect.deleteMany({ where: { kind, oldSlug: newSlug } })
}

function slugOrThrow(input: { slug: string; name: string }): string {
  const slug = input.slug || slugify(input.name)
  if (!slug) throw new FieldError('slug', 'Choose a slug with at least one letter or number.')
  return slug
}

const isUniqueClash = (error: unknown) => typeof error === 'object' && error !== null && (error as { code?: string }).code === 'P2002'

/** Names and slugs must be free; checked first so the message can say which, with a unique index behind it for races. */
async function assertFree(kind: Kind, input: { name: string; slug: string }, exceptId?: string) {
  const not = exceptId ? { NOT: { id: exceptId } } : {}
  const what = kind === 'tag' ? 'tag' : kind === 'section' ? 'section' : 'author'
  if (kind !== 'author') {
    const byName = { where: { name: { equals: likeText(input.name), mode: 'insensitive' as const }, ...not }, select: { id: true } }
    const nameClash = kind === 'tag' ? await db.tag.findFirst(byName) : await db.section.findFirst(byName)
    if (nameClash) throw new FieldError('name', `Another ${what} already has this name.`)
  }
  const bySlug = { where: { slug: input.slug, ...not }, select: { id: true } }
  const slugClash = kind === 'tag' ? await db.tag.findFirst(bySlug) : kind === 'section' ? await db.section.findFirst(bySlug) : await db.author.findFirst(bySlug)
  if (slugClash) throw new FieldError('slug', `Another ${what} already uses this slug. Choose a different one.`)
}

function rethrowClash(error: unknown, what: string): never {
  if (isUniqueClash(error)) throw new FieldError('slug', `Another ${what} was just saved with this name or slug. Choose a different one.`)
  throw error
}

/** Articles whose public page shows this tag, section or author, so their caches expire too. */
async function articleTagsFor(where: Prisma.ArticleWhereInput): Promise<string[]> {
  const rows = await db.article.findMany({ where: { ...where, status: 'PUBLISHED' }, select: { id: true, slug: true }, take: 5000 })
  return rows.flatMap((r) => [cacheTags.article(r.id), cacheTags.articleSlug(r.slug)])
}

// ---------------------------------------------------------------- tags

// The term lists take a page's article counts for its own rows, in a second query: counted in
// the listing's statement, PostgreSQL counted every row skipped to reach the page as well
// (200 tags' worth, 40 ms, for page 4 of an archive of 100,000 articles).
export async function listTagsForAdmin({ q = '', page = 1 }: TermListQuery = {}) {
  await requireTaxonomyManager()
  const query = q.trim().slice(0, 60)
  const where: Prisma.TagWhereInput = query ? nameOrSlugContains(query) : {}
  const total = await db.tag.count({ where })
  const { skip, ...paging } = termPage(page, total)
  const tags = await db.tag.findMany({ where, orderBy: [{ name: 'asc' }, { id: 'asc' }], skip, take: TERMS_PER_PAGE, select: { id: true, name: true, slug: true } })
  const counts = await db.articleTag.groupBy({ by: ['tagId'], where: { tagId: { in: tags.map((t) => t.id) } }, _count: { _all: true } })
  const articles = new Map(counts.map((c) => [c.tagId, c._count._all]))
  return { rows: tags.map((t) => ({ ...t, articles: articles.get(t.id) ?? 0 })), query, total, ...paging }
}

/** The most used tags' names, offered when merging one tag into another (any other name typed works too). */
export async function tagSuggestions(): Promise<string[]> {
  await requireTaxonomyManager()
  return (await mostUsedAuthorsAndTags(staffReadKey())).tags.map((t) => t.name)
}

export async function getTagForAdmin(id: string) {
  await requireTaxonomyManager()
  return db.tag.findUnique({
    where: { id },
    select: { id: true, name: true, slug: true, description: true, _count: { select: { articles: true } } },
  })
}

export async function createTag(input: TermInput) {
  await requireTaxonomyManager()
  const slug = slugOrThrow(input)
  await assertFree('tag', { name: input.name, slug })
  try {
    const tag = await db.tag.create({ data: { name: input.name, slug, description: input.description }, select: { id: true } })
    await db.slugRedirect.deleteMany({ where: { kind: 'tag', oldSlug: slug } })
    return { id: tag.id, invalidate: [cacheTags.tags(), cacheTags.redirects()] }
  } catch (error) {
    rethrowClash(error, 'tag')
  }
}

export async function updateTag(id: string, input: TermInput) {
  await requireTaxonomyManager()
  const before = await db.tag.findUnique({ where: { id }, select: { slug: true } })
  if (!before) throw new NotFoundError('That tag no longer exists.')
  const slug = slugOrThrow(input)
  await assertFree('tag', { name: input.name, slug }, id)
  try {
    await db.$transaction(async (tx) => {
      await tx.tag.update({ where: { id }, data: { name: input.name, slug, description: input.description } })
      await recordSlugChange(tx, 'tag', id, before.slug, slug)
    })
  } catch (error) {
    rethrowClash(error, 'tag')
  }
  return { slug, invalidate: [cacheTags.tag(id), cacheTags.tags(), cacheTags.redirects(), ...(await articleTagsFor({ tags: { some: { tagId: id } } }))] }
}

/**
 * The tag someone meant by typing `wanted`, among those whose name matches it in any case or
 * whose slug is it: the one with exactly that name, else the one with that slug, else the only
 * other tag whose name differs in case alone (names are unique only as typed, so "Buses" and
 * "buses" can both exist; two such are 'ambiguous'). The tag being merged counts only when
 * typed exactly, or as the last resort, so that merging it into itself can be refused by name.
 */
function resolveTag<T extends { id: string; name: string; slug: string }>(wanted: string, matches: T[], fromId: string): T | 'ambiguous' | null {
  const exact = matches.find((t) => t.name === wanted) ?? matches.find((t) => t.slug === wanted.toLowerCase())
  if (exact) return exact
  const others = matches.filter((t) => t.id !== fromId)
  if (others.length > 1) return 'ambiguous'
  return others[0] ?? matches[0] ?? null
}

/**
 * Moves every article from `fromId` to the tag named `intoName` (its name in any case, or its
 * slug), deletes `fromId`, and redirects its slug to the survivor.
 */
export async function mergeTags(fromId: string, intoName: string) {
  const actor = await requireTaxonomyManager()
  const wanted = intoName.trim().slice(0, 200)
  if (!wanted) throw new FieldError('into', 'Type the name of the tag to merge into.')
  const [from, matches] = await Promise.all([
    db.tag.findUnique({ where: { id: fromId }, select: { id: true, slug: true, name: true } }),
    db.tag.findMany({
      where: { OR: [{ name: { equals: likeText(wanted), mode: 'insensitive' } }, { slug: wanted.toLowerCase() }] },
      orderBy: { id: 'asc' },
      take: 10,
      select: { id: true, slug: true, name: true },
    }),
  ])
  if (!from) throw new NotFoundError('The tag to merge no longer exists.')
  const into = resolveTag(wanted, matches, fromId)
  if (into === 'ambiguous') throw new FieldError('into', `More than one tag is called “${wanted}”, in different capitals: type the slug of the one you mean.`)
  if (!into) throw new FieldError('into', `No tag is called “${wanted}”. Check the spelling, or create that tag first.`)
  if (into.id === from.id) throw new FieldError('into', 'That is this tag: choose a different one to merge into.')
  const intoId = into.id
  const affected = await articleTagsFor({ tags: { some: { tagId: fromId } } })
  await db.$transaction(async (tx) => {
    const links = await tx.articleTag.findMany({ where: { tagId: fromId }, select: { articleId: true } })
    await tx.articleTag.createMany({ data: links.map((l) => ({ articleId: l.articleId, tagId: intoId })), skipDuplicates: true })
    await tx.articleTag.deleteMany({ where: { tagId: fromId } })
    // Redirects that led to the merged tag now lead to the survivor.
    await tx.slugRedirect.updateMany({ where: { kind: 'tag', targetId: fromId }, data: { targetId: intoId } })
    await tx.tag.delete({ where: { id: fromId } })
    await recordSlugChange(tx, 'tag', intoId, from.slug, into.slug)
    await recordAudit(actor, 'tag.merge', `${from.name} → ${into.name}`, { fromId, intoId, fromSlug: from.slug, intoSlug: into.slug }, '', tx)
  })
  return { intoId, invalidate: [cacheTags.tag(fromId), cacheTags.tag(intoId), cacheTags.tags(), cacheTags.redirects(), cacheTags.articleLists(), ...affected] }
}

// ---------------------------------------------------------------- sections

export async function listSectionsForAdmin() {
  await requireTaxonomyManager()
  return db.section.findMany({
    orderBy: [{ position: 'asc' }, { name: 'asc' }],
    select: { id: true, name: true, slug: true, description: true, position: true, _count: { select: { articles: true } } },
  })
}

export async function getSectionForAdmin(id: string) {
  await requireTaxonomyManager()
  return db.section.findUnique({ where: { id }, select: { id: true, name: true, slug: true, description: true, _count: { select: { articles: true } } } })
}

export async function createSection(input: TermInput) {
  await requireTaxonomyManager()
  const slug = slugOrThrow(input)
  await assertFree('section', { name: input.name, slug })
  try {
    const last = await db.section.aggregate({ _max: { position: true } })
    const section = await db.section.create({
      data: { name: input.name, slug, description: input.description, position: (last._max.position ?? -1) + 1 },
      select: { id: true },
    })
    await db.slugRedirect.deleteMany({ where: { kind: 'section', oldSlug: slug } })
    return { id: section.id, invalidate: [cacheTags.sections(), cacheTags.redirects()] }
  } catch (error) {
    rethrowClash(error, 'section')
  }
}

export async function updateSection(id: string, input: TermInput) {
  await requireTaxonomyManager()
  const before = await db.section.findUnique({ where: { id }, select: { slug: true } })
  if (!before) throw new NotFoundError('That section no longer exists.')
  const slug = slugOrThrow(input)
  await assertFree('section', { name: input.name, slug }, id)
  try {
    await db.$transaction(async (tx) => {
      await tx.section.update({ where: { id }, data: { name: input.name, slug, description: input.description } })
      await recordSlugChange(tx, 'section', id, before.slug, slug)
    })
  } catch (error) {
    rethrowClash(error, 'section')
  }
  return {
    slug,
    invalidate: [cacheTags.section(id), cacheTags.sections(), cacheTags.redirects(), cacheTags.articleLists(), ...(await articleTagsFor({ sectionId: id }))],
  }
}

// ---------------------------------------------------------------- authors


export async function listAuthorsForAdmin({ q = '', page = 1 }: TermListQuery = {}) {
  await requireTaxonomyManager()
  const query = q.trim().slice(0, 120)
  const where: Prisma.AuthorWhereInput = query ? nameOrSlugContains(query) : {}
  const total = await db.author.count({ where })
  const { skip, ...paging } = termPage(page, total)
  const authors = await db.author.findMany({ where, orderBy: [{ name: 'asc' }, { id: 'asc' }], skip, take: TERMS_PER_PAGE, select: { id: true, name: true, slug: true, userId: true } })
  const counts = await db.articleAuthor.groupBy({ by: ['authorId'], where: { authorId: { in: authors.map((a) => a.id) } }, _count: { _all: true } })
  const articles = new Map(counts.map((c) => [c.authorId, c._count._all]))
  return { rows: authors.map((a) => ({ ...a, articles: articles.get(a.id) ?? 0 })), query, total, ...paging }
}

export async function getAuthorForAdmin(id: string) {
  await requireTaxonomyManager()
  return db.author.findUnique({ where: { id }, select: { id: true, name: true, slug: true, bio: true, userId: true, _count: { select: { articles: true } } } })
}

export async function createAuthor(input: AuthorInput) {
  await requireTaxonomyManager()
  const slug = input.slug || (await uniqueAuthorSlug(slugify(input.name)))
  await assertFree('author', { name: input.name, slug })
  try {
    const author = await db.author.create({ data: { name: input.name, slug, bio: input.bio }, select: { id: true } })
    await db.slugRedirect.deleteMany({ where: { kind: 'author', oldSlug: slug } })
    return { id: author.id, invalidate: [cacheTags.authors(), cacheTags.redirects()] }
  } catch (error) {
    rethrowClash(error, 'author')
  }
}

/**
 * A guest byline (an outside contributor with no login), made from the article editor.
 * Any staff member who can write a piece may credit a co-author; describing and renaming
 * authors stays with editors.
 */
export async function createGuestAuthor(name: string): Promise<{ id: string; name: string; slug: string }> {
  const actor = await requireActor()
  if (!canCreateArticle(actor)) throw new ForbiddenError()
  // Nor may a guest of the same name stand in for a staff member's byline (canBylineOtherStaff).
  if (!canBylineOtherStaff(actor)) {
    const staffNamed = await db.author.findFirst({ where: { name: { equals: name.trim(), mode: 'insensitive' }, userId: { not: null }, NOT: { userId: actor.id } }, select: { id: true } })
    if (staffNamed) throw new FieldError('name', `${name.trim()} is the byline of a staff member: only an editor can add it to a piece.`)
  }
  const slug = await uniqueAuthorSlug(slugify(name))
  return db.author.create({ data: { name, slug }, select: { id: true, name: true, slug: true } })
}

export async function updateAuthor(id: string, input: AuthorInput) {
  await requireTaxonomyManager()
  const before = await db.author.findUnique({ where: { id }, select: { slug: true } })
  if (!before) throw new NotFoundError('That author no longer exists.')
  const slug = slugOrThrow(input)
  await assertFree('author', { name: input.name, slug }, id)
  try {
    await db.$transaction(async (tx) => {
      await tx.author.update({ where: { id }, data: { name: input.name, slug, bio: input.bio } })
      await recordSlugChange(tx, 'author', id, before.slug, slug)
    })
  } catch (error) {
    rethrowClash(error, 'author')
  }
  return {
    slug,
    invalidate: [cacheTags.author(id), cacheTags.authors(), cacheTags.redirects(), cacheTags.articleLists(), ...(await articleTagsFor({ authors: { some: { authorId: id } } }))],
  }
}

// ---------------------------------------------------------------- deleting

// Each deletion is asked about first on a page that says what it will do, with counts
// (lib/term-deletion.ts); the page sends back the count it showed, and a delete whose count has
// moved since is refused so the editor is asked again. The term's row is locked for the
// transaction: tagging a piece, putting it in a section or on a byline takes a key-share lock
// on that row, so nothing joins the term between the count and the delete.

export type TermDeletionPlan = TermDeletionCounts & { id: string; name: string }

/** Old slugs that redirect to a term, shown on its confirmation page (a rename leaves one each). */
async function oldSlugsOf(kind: Kind, id: string): Promise<string[]> {
  const rows = await db.slugRedirect.findMany({ where: { kind, targetId: id }, orderBy: { createdAt: 'asc' }, take: 20, select: { oldSlug: true } })
  return rows.map((r) => r.oldSlug)
}

async function lockTerm(tx: Tx, kind: Kind, id: string): Promise<{ id: string; name: string; slug: string } | undefined> {
  const rows =
    kind === 'tag'
      ? await tx.$queryRaw<{ id: string; name: string; slug: string }[]>`SELECT id, name, slug FROM "Tag" WHERE id = ${id} FOR UPDATE`
      : kind === 'section'
        ? await tx.$queryRaw<{ id: string; name: string; slug: string }[]>`SELECT id, name, slug FROM "Section" WHERE id = ${id} FOR UPDATE`
        : await tx.$queryRaw<{ id: string; name: string; slug: string }[]>`SELECT id, name, slug FROM "Author" WHERE id = ${id} FOR UPDATE`
  return rows[0]
}

/** What deleting this tag would do: the articles it is on, and the old addresses that lead to it. */
export async function planTagDeletion(id: string): Promise<TermDeletionPlan> {
  await requireTaxonomyManager()
  const tag = await db.tag.findUnique({ where: { id }, select: { id: true, name: true, slug: true } })
  if (!tag) throw new NotFoundError('That tag no longer exists.')
  const [articles, published, oldSlugs] = await Promise.all([
    db.articleTag.count({ where: { tagId: id } }),
    db.articleTag.count({ where: { tagId: id, published: true } }),
    oldSlugsOf('tag', id),
  ])
  return { ...tag, articles, published, oldSlugs }
}

/**
 * Deletes a tag: it comes off every article carrying it (the articles stay), and the old slugs
 * that redirected to it stop. `shown` is the article count the confirmation page showed.
 */
export async function deleteTag(id: string, shown: { articles: number }) {
  const actor = await requireTaxonomyManager()
  const affected = await articleTagsFor({ tags: { some: { tagId: id } } })
  await db.$transaction(async (tx) => {
    const tag = await lockTerm(tx, 'tag', id)
    if (!tag) throw new NotFoundError('That tag no longer exists.')
    const articles = await tx.articleTag.count({ where: { tagId: id } })
    if (articles !== shown.articles) throw new ChangedSinceShownError()
    await tx.slugRedirect.deleteMany({ where: { kind: 'tag', targetId: id } })
    // Its ArticleTag rows go with it (onDelete: Cascade).
    await tx.tag.delete({ where: { id } })
    await recordAudit(actor, 'tag.delete', tag.name, { tagId: id, slug: tag.slug, articles }, '', tx)
  })
  // Article cards do not show tags, so the article lists keep; every page that shows the tag
  // (its listing and feed, the pieces carrying it, their "read next") is tagged with it.
  return { invalidate: [cacheTags.tag(id), cacheTags.tags(), cacheTags.redirects(), ...affected] }
}

/** What deleting this section would do: the articles left without one, and its old addresses. */
export async function planSectionDeletion(id: string): Promise<TermDeletionPlan> {
  await requireTaxonomyManager()
  const section = await db.section.findUnique({ where: { id }, select: { id: true, name: true, slug: true } })
  if (!section) throw new NotFoundError('That section no longer exists.')
  const [articles, published, oldSlugs] = await Promise.all([
    db.article.count({ where: { sectionId: id } }),
    db.article.count({ where: { sectionId: id, status: 'PUBLISHED' } }),
    oldSlugsOf('section', id),
  ])
  return { ...section, articles, published, oldSlugs }
}

/** Deletes a section: its articles are left with no section (onDelete: SetNull), and it leaves the navigation. */
export async function deleteSection(id: string, shown: { articles: number }) {
  const actor = await requireTaxonomyManager()
  const affected = await articleTagsFor({ sectionId: id })
  await db.$transaction(async (tx) => {
    const section = await lockTerm(tx, 'section', id)
    if (!section) throw new NotFoundError('That section no longer exists.')
    const articles = await tx.article.count({ where: { sectionId: id } })
    if (articles !== shown.articles) throw new ChangedSinceShownError()
    await tx.slugRedirect.deleteMany({ where: { kind: 'section', targetId: id } })
    await tx.section.delete({ where: { id } })
    await recordAudit(actor, 'section.delete', section.name, { sectionId: id, slug: section.slug, articles }, '', tx)
  })
  // The navigation is on every page (sections); cards in every list show the section label.
  return { invalidate: [cacheTags.section(id), cacheTags.sections(), cacheTags.redirects(), cacheTags.articleLists(), ...affected] }
}

export type AuthorDeletionPlan = TermDeletionPlan & {
  /** Why it may not be deleted, or null when it may (lib/term-deletion.ts). */
  refusal: string | null
  staff: boolean
  /** The newest pieces on its byline, for the editor to open and change. */
  bylines: { id: string; headline: string; status: ArticleStatus }[]
}

async function authorDeletionFacts(client: Tx | typeof db, id: string) {
  const [author, articles, published] = await Promise.all([
    client.author.findUnique({ where: { id }, select: { id: true, name: true, slug: true, user: { select: { name: true } } } }),
    client.articleAuthor.count({ where: { authorId: id } }),
    client.articleAuthor.count({ where: { authorId: id, published: true } }),
  ])
  if (!author) return null
  const staffName = author.user ? author.user.name : null
  return { author, articles, published, staffName, refusal: authorDeletionRefusal({ staffName, articles, published }) }
}

/** Whether this author may be deleted and, when not, why and which pieces carry it. */
export async function planAuthorDeletion(id: string): Promise<AuthorDeletionPlan> {
  await requireTaxonomyManager()
  const facts = await authorDeletionFacts(db, id)
  if (!facts) throw new NotFoundError('That author no longer exists.')
  const [oldSlugs, bylines] = await Promise.all([
    oldSlugsOf('author', id),
    facts.articles
      ? db.article.findMany({ where: { authors: { some: { authorId: id } } }, orderBy: [{ updatedAt: 'desc' }, { id: 'desc' }], take: 10, select: { id: true, headline: true, status: true } })
      : [],
  ])
  const { name, slug } = facts.author
  return { id, name, slug, articles: facts.articles, published: facts.published, oldSlugs, refusal: facts.refusal, staff: facts.staffName !== null, bylines }
}

/**
 * Deletes a guest author on no byline. One on a byline, or a staff member's, is refused with
 * the reason the confirmation page gives (bylines are never taken off pieces for the editor).
 */
export async function deleteAuthor(id: string) {
  const actor = await requireTaxonomyManager()
  await db.$transaction(async (tx) => {
    if (!(await lockTerm(tx, 'author', id))) throw new NotFoundError('That author no longer exists.')
    const facts = await authorDeletionFacts(tx, id)
    if (!facts) throw new NotFoundError('That author no longer exists.')
    if (facts.refusal) throw new ForbiddenError(facts.refusal)
    await tx.slugRedirect.deleteMany({ where: { kind: 'author', targetId: id } })
    await tx.author.delete({ where: { id } })
    await recordAudit(actor, 'author.delete', facts.author.name, { authorId: id, slug: facts.author.slug }, '', tx)
  })
  // On no byline, so no article or list shows it: its page, feed and the editor's suggestions.
  return { invalidate: [cacheTags.author(id), cacheTags.authors(), cacheTags.redirects()] }
}
