// Test content written straight to the database, so a spec owns its data and never depends
// on another spec's changes. Nothing here invalidates the site's cache: specs that need a page
// to show new rows use sections, tags and authors no page has rendered yet.
import { query } from './db'
import { unique } from './staff'

const id = (prefix: string) => `${prefix}${unique()}${Math.random().toString(36).slice(2, 6)}`

export type Taxonomy = { id: string; name: string; slug: string }

export async function createSection(name: string, description = ''): Promise<Taxonomy> {
  const row = { id: id('sec'), name, slug: `${name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}` }
  // Far down the menu, so a test section never pushes the real ones around.
  await query(`INSERT INTO "Section" (id, name, slug, description, position, "updatedAt") VALUES ($1, $2, $3, $4, 1000, now())`, [
    row.id,
    row.name,
    row.slug,
    description,
  ])
  return row
}

export async function createTag(name: string, description = ''): Promise<Taxonomy> {
  const row = { id: id('tag'), name, slug: name.toLowerCase().replace(/[^a-z0-9]+/g, '-') }
  await query(`INSERT INTO "Tag" (id, name, slug, description, "updatedAt") VALUES ($1, $2, $3, $4, now())`, [row.id, row.name, row.slug, description])
  return row
}

export async function createAuthor(name: string, bio = '', photoId: string | null = null): Promise<Taxonomy> {
  const row = { id: id('aut'), name, slug: name.toLowerCase().replace(/[^a-z0-9]+/g, '-') }
  await query(`INSERT INTO "Author" (id, name, slug, bio, "photoId", "updatedAt") VALUES ($1, $2, $3, $4, $5, now())`, [
    row.id,
    row.name,
    row.slug,
    bio,
    photoId,
  ])
  return row
}

export type ArticleSpec = {
  headline: string
  slug?: string
  standfirst?: string
  body?: string
  status?: 'PUBLISHED' | 'DRAFT' | 'UNPUBLISHED'
  publishedAt?: Date
  sectionId?: string | null
  tagIds?: string[]
  authorIds?: string[]
  heroImageId?: string | null
  correction?: string
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/** One article, its body a single paragraph (stored as the editor's JSON, its HTML and its text). */
export async function createArticle(spec: ArticleSpec): Promise<{ id: string; slug: string; headline: string }> {
  const articleId = id('art')
  const slug = spec.slug ?? `${spec.headline.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 80)}-${unique()}`
  const body = spec.body ?? `${spec.headline}. A paragraph of body text for the tests.`
  const status = spec.status ?? 'PUBLISHED'
  const doc = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: body }] }] }
  await query(
    `INSERT INTO "Article" (id, slug, headline, standfirst, "bodyJson", "bodyHtml", "bodyText", "wordCount", status, "publishedAt",
                           "sectionId", "heroImageId", correction, "correctionAt", "contentUpdatedAt", "updatedAt")
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::"ArticleStatus", $10, $11, $12, $13, $14, $14, now())`,
    [
      articleId,
      slug,
      spec.headline,
      spec.standfirst ?? '',
      JSON.stringify(doc),
      `<p>${escapeHtml(body)}</p>`,
      body,
      body.split(/\s+/).length,
      status,
      status === 'DRAFT' ? null : (spec.publishedAt ?? new Date()),
      spec.sectionId ?? null,
      spec.heroImageId ?? null,
      spec.correction ?? '',
      spec.correction ? new Date() : null,
    ],
  )
  for (const tagId of spec.tagIds ?? []) await query(`INSERT INTO "ArticleTag" ("articleId", "tagId") VALUES ($1, $2)`, [articleId, tagId])
  for (const [position, authorId] of (spec.authorIds ?? []).entries()) {
    await query(`INSERT INTO "ArticleAuthor" ("articleId", "authorId", position) VALUES ($1, $2, $3)`, [articleId, authorId, position])
  }
  return { id: articleId, slug, headline: spec.headline }
}

/**
 * `count` published articles in one statement, numbered 1..count, article n published n hours
 * after `from`: old enough by default never to reach the front page or anyone's "latest".
 */
export async function createArticles(
  count: number,
  opts: { prefix: string; sectionId?: string; tagId?: string; authorId?: string; body?: string; from?: Date },
): Promise<void> {
  const from = opts.from ?? new Date('2001-01-01T09:00:00Z')
  const ids = await query<{ id: string }>(
    `INSERT INTO "Article" (id, slug, headline, standfirst, "bodyJson", "bodyHtml", "bodyText", "wordCount", status, "publishedAt", "sectionId", "updatedAt")
     SELECT $1 || n, $2 || '-' || n, $3 || ' number ' || n, 'Standfirst ' || n, '{"type":"doc","content":[]}', '<p>' || $4 || '</p>', $4, 8,
            'PUBLISHED', $5::timestamptz + make_interval(hours => n), $6, now()
       FROM generate_series(1, $7::int) AS n
     RETURNING id`,
    [id('bulk'), `${opts.prefix.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${unique()}`, opts.prefix, opts.body ?? 'Bulk body text', from.toISOString(), opts.sectionId ?? null, count],
  )
  if (opts.tagId) await query(`INSERT INTO "ArticleTag" ("articleId", "tagId") SELECT unnest($1::text[]), $2`, [ids.map((r) => r.id), opts.tagId])
  if (opts.authorId) await query(`INSERT INTO "ArticleAuthor" ("articleId", "authorId", position) SELECT unnest($1::text[]), $2, 0`, [ids.map((r) => r.id), opts.authorId])
}
