// npm run seed:bulk -- 100000 — loads N realistic published articles (authors, tags, sections,
// bodies of 700–2,000 words) on top of the demo content, for scale tests and benchmarks.
// Bodies are assembled from the demo pieces' paragraphs, rendered through the real renderer.
import { randomUUID } from 'node:crypto'
import pg from 'pg'
import { countWords, docToText, type BlockNode, type Doc } from '../lib/content/document'
import { markdownToDoc } from '../lib/content/markdown'
import { renderDocToHtml } from '../lib/content/render'
import { slugify } from '../lib/slug'
import { articles as demoArticles } from '../prisma/seed-content'
import { ensureDevDatabase } from './lib/database'

const WORDS = `council tenants strike union wages rent housing hospital nurses drivers climate energy water privatisation
 refugees campaign protest march picket ballot pay profits landlords bosses ministers budget cuts library school transport
 estate cleaners carers teachers students pensions solidarity organisers workers community neighbourhood city region`
  .split(/\s+/)
  .filter((w) => /^[a-z]+$/.test(w))
const VERBS = ['win', 'defy', 'challenge', 'expose', 'reject', 'demand', 'force', 'build', 'launch', 'resist', 'walk out over', 'vote for']
const ADJ = ['historic', 'bitter', 'growing', 'quiet', 'new', 'long', 'fresh', 'unexpected', 'determined', 'local', 'national']

function rng(seed: number) {
  let s = seed >>> 0
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32)
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1)

async function main() {
  const n = Math.max(1, Number(process.argv[2] ?? 100_000))
  const own = process.env.DATABASE_URL ? null : await ensureDevDatabase()
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL ?? own!.url })
  await client.connect()
  const started = Date.now()
  // Bulk-load settings: losing the last moments of a load to a crash is harmless here.
  await client.query('SET synchronous_commit = off')
  // Secondary indexes are cheaper to build once at the end than to update row by row.
  const deferred =
    n >= 10_000
      ? (
          await client.query<{ indexname: string; indexdef: string }>(
            `SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename IN ('Article', 'ArticleTag', 'ArticleAuthor')
               AND indexdef NOT LIKE 'CREATE UNIQUE%'`,
          )
        ).rows
      : []
  for (const index of deferred) await client.query(`DROP INDEX "${index.indexname}"`)
  const rand = rng(n)
  const pick = <T,>(xs: T[]) => xs[Math.floor(rand() * xs.length)]!

  const sections = (await client.query<{ id: string }>('SELECT id FROM "Section"')).rows.map((r) => r.id)
  const media = (await client.query<{ id: string }>('SELECT id FROM "Media"')).rows.map((r) => r.id)
  if (!sections.length) throw new Error('Seed the demo content first (npm start or npm run db:seed).')

  // More bylines and tags than the demo has, as a real archive would.
  const authorIds: string[] = (await client.query<{ id: string }>('SELECT id FROM "Author"')).rows.map((r) => r.id)
  const tagIds: string[] = (await client.query<{ id: string }>('SELECT id FROM "Tag"')).rows.map((r) => r.id)
  const runTag = Date.now().toString(36)
  for (let i = 0; i < 150; i++) {
    const name = `${cap(pick(WORDS))} ${cap(pick(WORDS))} ${i} ${runTag}`
    const id = randomUUID()
    await client.query('INSERT INTO "Author" (id, name, slug, bio, "updatedAt") VALUES ($1, $2, $3, $4, now())', [id, name, slugify(name), `Writes about ${pick(WORDS)} and ${pick(WORDS)}.`])
    authorIds.push(id)
  }
  for (let i = 0; i < 300; i++) {
    const name = `${cap(pick(WORDS))} ${pick(WORDS)} ${i} ${runTag}`
    const id = randomUUID()
    await client.query('INSERT INTO "Tag" (id, name, slug, description, "updatedAt") VALUES ($1, $2, $3, $4, now())', [id, name, slugify(name), `Coverage of ${name.toLowerCase()}.`])
    tagIds.push(id)
  }

  // A pool of bodies rendered once each: rendering 100,000 would take longer than the load itself.
  const blocks: BlockNode[] = demoArticles.flatMap((a) => markdownToDoc(a.body).content)
  const bodies = Array.from({ length: 240 }, () => {
    const target = 700 + Math.floor(rand() * 1300)
    const content: BlockNode[] = []
    let words = 0
    while (words < target) {
      const block = pick(blocks)
      content.push(block)
      words += countWords(docToText({ type: 'doc', content: [block] }))
    }
    const doc: Doc = { type: 'doc', content }
    const text = docToText(doc)
    return { json: JSON.stringify(doc), html: renderDocToHtml(doc), text, words: countWords(text) }
  })

  const BATCH = 2000
  const now = Date.now()
  for (let done = 0; done < n; done += BATCH) {
    const size = Math.min(BATCH, n - done)
    const cols = { id: [] as string[], slug: [] as string[], headline: [] as string[], standfirst: [] as string[], json: [] as string[], html: [] as string[], text: [] as string[], words: [] as number[], section: [] as string[], hero: [] as (string | null)[], published: [] as string[] }
    const joinsA = { article: [] as string[], author: [] as string[], position: [] as number[] }
    const joinsT = { article: [] as string[], tag: [] as string[] }
    for (let i = 0; i < size; i++) {
      const k = done + i
      const headline = `${cap(pick(ADJ))} ${pick(WORDS)} ${pick(WORDS)} ${pick(VERBS)} ${pick(WORDS)} ${pick(WORDS)}`
      const id = randomUUID()
      const body = pick(bodies)
      cols.id.push(id)
      cols.slug.push(`${slugify(headline)}-${runTag}-${k}`)
      cols.headline.push(headline)
      cols.standfirst.push(`${cap(pick(WORDS))} ${pick(WORDS)} and ${pick(WORDS)}: what the ${pick(ADJ)} ${pick(WORDS)} means for ${pick(WORDS)} ${pick(WORDS)}.`)
      cols.json.push(body.json)
      cols.html.push(body.html)
      cols.text.push(body.text)
      cols.words.push(body.words)
      cols.section.push(pick(sections))
      cols.hero.push(media.length && rand() < 0.9 ? pick(media) : null)
      // Spread over ten years, older than the demo pieces so those stay on top.
      cols.published.push(new Date(now - 90 * 86_400_000 - Math.floor(rand() * 3650 * 86_400_000)).toISOString())
      const bylines = rand() < 0.15 ? 2 : 1
      const chosen = new Set<string>()
      while (chosen.size < bylines) chosen.add(pick(authorIds))
      ;[...chosen].forEach((author, position) => {
        joinsA.article.push(id)
        joinsA.author.push(author)
        joinsA.position.push(position)
      })
      const tags = new Set<string>()
      const tagCount = 2 + Math.floor(rand() * 3)
      while (tags.size < tagCount) tags.add(pick(tagIds))
      for (const tag of tags) {
        joinsT.article.push(id)
        joinsT.tag.push(tag)
      }
    }
    await client.query('BEGIN')
    await client.query(
      `INSERT INTO "Article" (id, slug, headline, standfirst, "bodyJson", "bodyHtml", "bodyText", "wordCount", status, "publishedAt", "createdAt", "updatedAt", "sectionId", "heroImageId")
       SELECT id, slug, headline, standfirst, json::jsonb, html, text, words, 'PUBLISHED', published::timestamptz, published::timestamptz, published::timestamptz, section, hero
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::int[], $9::text[], $10::text[], $11::text[])
         AS t(id, slug, headline, standfirst, json, html, text, words, published, section, hero)`,
      [cols.id, cols.slug, cols.headline, cols.standfirst, cols.json, cols.html, cols.text, cols.words, cols.published, cols.section, cols.hero],
    )
    await client.query(`INSERT INTO "ArticleAuthor" ("articleId", "authorId", position) SELECT * FROM unnest($1::text[], $2::text[], $3::int[])`, [joinsA.article, joinsA.author, joinsA.position])
    await client.query(`INSERT INTO "ArticleTag" ("articleId", "tagId") SELECT * FROM unnest($1::text[], $2::text[])`, [joinsT.article, joinsT.tag])
    await client.query('COMMIT')
    if ((done / BATCH) % 5 === 0) process.stdout.write(`\r${done + size} of ${n} articles…`)
  }
  for (const index of deferred) await client.query(index.indexdef)
  await client.query('ANALYZE')
  console.log(`\rLoaded ${n} articles in ${((Date.now() - started) / 1000).toFixed(1)} s.`)
  await client.end()
  await own?.stop()
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
