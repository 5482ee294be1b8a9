// npm run seed:bulk -- 100000 — loads N realistic published articles (bylines, tags, sections,
// hero images, bodies of 600–1,200 words) on top of the demo content, for scale tests and the bench.
//
// Rows are made inside PostgreSQL (INSERT … SELECT over generate_series), so Node ships a pool of
// bodies once per connection rather than every article's body. Two connections load in parallel:
// the load is bound by PostgreSQL's CPU, most of it spent on the generated search vector
// (to_tsvector over each body) and on compressing the bodies. Secondary indexes are dropped
// for the load and rebuilt at the end, the GIN search index on one connection while the
// B-trees build on the other.
import pg from 'pg'
import { ADJECTIVES, buildBodyPool, seededRandom, VERBS, WORDS } from './lib/bulk-content'
import { ensureDevDatabase } from './lib/database'

const BODY_POOL = 600
const CHUNK = 5_000
const WORKERS = 2
const NEW_AUTHORS = 150
const NEW_TAGS = 300

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1)
const seconds = (since: number) => `${((Date.now() - since) / 1000).toFixed(1)} s`

async function connect(url: string) {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  // Losing the last moments of a bulk load to a crash is harmless.
  await client.query(`SET synchronous_commit = off`)
  await client.query(`SET maintenance_work_mem = '256MB'`)
  // r(g, k): the k-th pseudo-random number in [0, 2^31) of row g; stable for a given seed.
  await client.query(`CREATE FUNCTION pg_temp.r(g bigint, k int, seed int) RETURNS bigint LANGUAGE sql IMMUTABLE PARALLEL SAFE
                        AS 'SELECT hashint8(g * 64 + k + seed::bigint * 1000003) & 2147483647'`)
  return client
}

async function main() {
  const n = Math.max(1, Math.floor(Number(process.argv[2] ?? 100_000)))
  const own = process.env.DATABASE_URL ? null : await ensureDevDatabase()
  const url = process.env.DATABASE_URL ?? own!.url
  const started = Date.now()
  const workers = await Promise.all(Array.from({ length: WORKERS }, () => connect(url)))
  const first = workers[0]!
  const runTag = Date.now().toString(36)
  const seed = n % 1_000_003
  const rand = seededRandom(n)
  const pick = <T,>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!

  const [{ sections, media }] = (
    await first.query<{ sections: string[] | null; media: string[] | null }>(
      `SELECT (SELECT array_agg(id ORDER BY position, id) FROM "Section") AS sections, (SELECT array_agg(id ORDER BY id) FROM "Media") AS media`,
    )
  ).rows as [{ sections: string[] | null; media: string[] | null }]
  if (!sections?.length) throw new Error('Seed the demo content first (npm start or npm run db:seed).')

  // More bylines and tags than the demo has, as a real archive would.
  const authorNames = Array.from({ length: NEW_AUTHORS }, (_, i) => `${cap(pick(WORDS))} ${cap(pick(WORDS))} ${i} ${runTag}`)
  await first.query(
    `INSERT INTO "Author" (id, name, slug, bio, "updatedAt")
     SELECT md5('author' || $2 || name)::uuid::text, name, regexp_replace(lower(name), '[^a-z0-9]+', '-', 'g'), bio, now()
       FROM unnest($1::text[], $3::text[]) AS t(name, bio)`,
    [authorNames, runTag, authorNames.map(() => `Writes about ${pick(WORDS)} and ${pick(WORDS)}.`)],
  )
  const tagNames = Array.from({ length: NEW_TAGS }, (_, i) => `${cap(pick(WORDS))} ${pick(WORDS)} ${i} ${runTag}`)
  await first.query(
    `INSERT INTO "Tag" (id, name, slug, description, "updatedAt")
     SELECT md5('tag' || $2 || name)::uuid::text, name, regexp_replace(lower(name), '[^a-z0-9]+', '-', 'g'), 'Coverage of ' || lower(name) || '.', now()
       FROM unnest($1::text[]) AS t(name)`,
    [tagNames, runTag],
  )
  // The demo's own bylines and tags come first, so they stay the busiest (see the skew below).
  const [{ authors, tags }] = (
    await first.query<{ authors: string[]; tags: string[] }>(
      `SELECT (SELECT array_agg(id ORDER BY "createdAt", id) FROM "Author") AS authors, (SELECT array_agg(id ORDER BY "createdAt", id) FROM "Tag") AS tags`,
    )
  ).rows as [{ authors: string[]; tags: string[] }]

  // Rendered once each by the app's renderer: rendering 100,000 would take longer than the load.
  const pool = buildBodyPool(BODY_POOL, rand)
  await Promise.all(
    workers.map(async (client) => {
      await client.query(`CREATE TEMP TABLE bulk_body (i int PRIMARY KEY, json jsonb NOT NULL, html text NOT NULL, text text NOT NULL, words int NOT NULL)`)
      for (let at = 0; at < pool.length; at += 100) {
        const slice = pool.slice(at, at + 100)
        await client.query(
          `INSERT INTO bulk_body SELECT ord - 1 + $5, json::jsonb, html, text, words FROM unnest($1::text[], $2::text[], $3::text[], $4::int[]) WITH ORDINALITY AS t(json, html, text, words, ord)`,
          [slice.map((b) => b.json), slice.map((b) => b.html), slice.map((b) => b.text), slice.map((b) => b.words), at],
        )
      }
    }),
  )
  console.log(`Prepared ${BODY_POOL} bodies, ${NEW_AUTHORS} authors and ${NEW_TAGS} tags in ${seconds(started)}.`)

  // Secondary indexes are cheaper to build once at the end than to update row by row.
  const deferred =
    n >= 10_000
      ? (
          await first.query<{ name: string; definition: string; gin: boolean }>(
            `SELECT indexname AS name, indexdef AS definition, indexdef LIKE '% USING gin %' AS gin FROM pg_indexes
              WHERE schemaname = current_schema() AND tablename IN ('Article', 'ArticleTag', 'ArticleAuthor') AND indexdef NOT LIKE 'CREATE UNIQUE%'`,
          )
        ).rows
      : []
  let indexesDropped = false
  const rebuildIndexes = async () => {
    if (!indexesDropped) return
    const gin = deferred.filter((i) => i.gin)
    const btree = deferred.filter((i) => !i.gin)
    await Promise.all([
      (async () => {
        for (const i of gin) await first.query(i.definition.replace(/^CREATE INDEX /, 'CREATE INDEX IF NOT EXISTS '))
      })(),
      (async () => {
        for (const i of btree) await workers[1]!.query(i.definition.replace(/^CREATE INDEX /, 'CREATE INDEX IF NOT EXISTS '))
      })(),
    ])
    indexesDropped = false
  }
  try {
    for (const index of deferred) await first.query(`DROP INDEX IF EXISTS "${index.name}"`)
    indexesDropped = deferred.length > 0

    const loadStarted = Date.now()
    const params = { words: WORDS, verbs: VERBS, adjectives: ADJECTIVES, sections, media: media ?? [], authors, tags }
    let next = 0
    let done = 0
    await Promise.all(
      workers.map(async (client) => {
        while (next < n) {
          const from = next
          const to = Math.min(n, from + CHUNK)
          next = to
          await loadChunk(client, from, to, runTag, seed, params)
          done += to - from
          process.stdout.write(`\r${done} of ${n} articles…`)
        }
      }),
    )
    console.log(`\rInserted ${n} articles in ${seconds(loadStarted)}.`)

    const indexStarted = Date.now()
    await rebuildIndexes()
    if (deferred.length) console.log(`Rebuilt ${deferred.length} indexes in ${seconds(indexStarted)}.`)
  } catch (error) {
    // Never leave the database without its indexes, whatever went wrong above.
    if (indexesDropped) {
      console.error(error)
      console.error('Rebuilding the dropped indexes before giving up…')
      await Promise.all(workers.map((c) => c.query('ROLLBACK').catch(() => {})))
      await rebuildIndexes()
    }
    throw error
  }
  // Fresh statistics for the planner, and a visibility map so counts can be index-only.
  const vacuumStarted = Date.now()
  await Promise.all([
    first.query(`VACUUM (ANALYZE) "Article"`),
    (async () => {
      await workers[1]!.query(`VACUUM (ANALYZE) "ArticleTag"`)
      await workers[1]!.query(`VACUUM (ANALYZE) "ArticleAuthor"`)
      await workers[1]!.query(`ANALYZE "Author", "Tag"`)
    })(),
  ])
  console.log(`Vacuumed and analysed in ${seconds(vacuumStarted)}.`)
  console.log(`Loaded ${n} articles in ${seconds(started)}.`)
  await Promise.all(workers.map((c) => c.end()))
  await own?.stop()
}

type Params = { words: string[]; verbs: string[]; adjectives: string[]; sections: string[]; media: string[]; authors: string[]; tags: string[] }

/**
 * Articles from..to-1, with their bylines and tags, in one transaction. Each article's
 * choices come from r(g, k), so the rows are the same whichever connection makes them.
 * Bylines and tags are skewed (index ~ n·u²), as in a real archive: a few staff writers and
 * running stories carry thousands of pieces, most carry a few hundred.
 */
async function loadChunk(client: pg.Client, from: number, to: number, runTag: string, seed: number, p: Params) {
  const pick = (array: string, k: number) => `(${array})[1 + pg_temp.r(g, ${k}, ${seed}) % cardinality(${array})]`
  const skewed = (array: string, k: number | string) => `(${array})[1 + floor(cardinality(${array}) * power(pg_temp.r(g, ${k}, ${seed}) / 2147483648.0, 2))::int]`
  const id = `md5('article' || $3::text || g)::uuid::text`
  await client.query('BEGIN')
  await client.query(
    `INSERT INTO "Article" (id, slug, headline, standfirst, "bodyJson", "bodyHtml", "bodyText", "wordCount", status, featured,
                           "publishedAt", "createdAt", "updatedAt", "sectionId", "heroImageId")
     SELECT x.id, regexp_replace(lower(x.headline), '[^a-z0-9]+', '-', 'g') || '-' || $3 || '-' || x.g, x.headline, x.standfirst,
            b.json, b.html, b.text, b.words, 'PUBLISHED', x.featured, x.published, x.published, x.published, x.section, x.hero
       FROM (
         SELECT g, ${id} AS id,
                initcap(${pick('$4::text[]', 1)}) || ' ' || ${pick('$5::text[]', 2)} || ' ' || ${pick('$5::text[]', 3)} || ' '
                  || ${pick('$6::text[]', 4)} || ' ' || ${pick('$5::text[]', 5)} || ' ' || ${pick('$5::text[]', 6)} AS headline,
                initcap(${pick('$5::text[]', 7)}) || ' ' || ${pick('$5::text[]', 8)} || ' and ' || ${pick('$5::text[]', 9)} || ': what the '
                  || ${pick('$4::text[]', 10)} || ' ' || ${pick('$5::text[]', 11)} || ' means for ' || ${pick('$5::text[]', 12)} || ' '
                  || ${pick('$5::text[]', 13)} || '.' AS standfirst,
                pg_temp.r(g, 14, ${seed}) % 400 = 0 AS featured,
                -- Spread over ten years, older than the demo pieces so those stay on top.
                date_trunc('milliseconds', (now() AT TIME ZONE 'UTC') - interval '90 days' - make_interval(secs => pg_temp.r(g, 15, ${seed}) % (3650 * 86400))) AS published,
                ${pick('$7::text[]', 16)} AS section,
                CASE WHEN cardinality($8::text[]) > 0 AND pg_temp.r(g, 17, ${seed}) % 10 < 9 THEN ${pick('$8::text[]', 18)} END AS hero,
                pg_temp.r(g, 19, ${seed}) % (SELECT count(*) FROM bulk_body) AS body
           FROM generate_series($1::int, $2::int - 1) AS g
       ) x
       JOIN bulk_body b ON b.i = x.body`,
    [from, to, runTag, p.adjectives, p.words, p.verbs, p.sections, p.media],
  )
  // One byline, or two for about one piece in seven.
  await client.query(
    `INSERT INTO "ArticleAuthor" ("articleId", "authorId", position)
     SELECT ${id}, ${skewed('$4::text[]', 20)}, 0 FROM generate_series($1::int, $2::int - 1) AS g
     UNION ALL
     SELECT ${id}, ${pick('$4::text[]', 21)}, 1 FROM generate_series($1::int, $2::int - 1) AS g WHERE pg_temp.r(g, 22, ${seed}) % 7 = 0
     ON CONFLICT DO NOTHING`,
    [from, to, runTag, p.authors],
  )
  // Two to four tags (a repeat draw is skipped, so now and then one fewer).
  await client.query(
    `INSERT INTO "ArticleTag" ("articleId", "tagId")
     SELECT ${id}, ${skewed('$4::text[]', '30 + k')}
       FROM generate_series($1::int, $2::int - 1) AS g, generate_series(0, 3) AS k
      WHERE k < 2 + pg_temp.r(g, 23, ${seed}) % 3
     ON CONFLICT DO NOTHING`,
    [from, to, runTag, p.tags],
  )
  await client.query('COMMIT')
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
