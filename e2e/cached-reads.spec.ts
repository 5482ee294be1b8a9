import fs from 'node:fs'
import path from 'node:path'
import { expect, test } from '@playwright/test'
import { internalSecret } from '../lib/internal-secret'
import { createArticle, createTag } from './support/content'
import { callAction } from './support/replay'
import { signIn, staff, unique } from './support/staff'

// Next gives every 'use cache' function a server reference id, and a POST with that id runs it
// with the request's arguments. Each cached read in lib/data checks its own arguments, so
// hostile ones get an empty or default answer, never an error.

function cachedReads(): { id: string; file: string }[] {
  const file = path.join(__dirname, '..', process.env.NEXT_DIST_DIR || '.next', 'server', 'server-reference-manifest.json')
  const entries = (JSON.parse(fs.readFileSync(file, 'utf8')) as { node: Record<string, { filename: string; exportedName: string }> }).node
  return Object.entries(entries)
    .filter(([, e]) => e.filename.startsWith('lib/data/') && e.exportedName.startsWith('$$RSC_SERVER_CACHE'))
    .map(([id, e]) => ({ id, file: e.filename }))
}

const hostile: unknown[][] = [
  [-1, -1],
  [1e9, 1e9],
  ['x'.repeat(50_000), 2.5],
  [{ kind: 'tag', id: 'x'.repeat(10_000), slug: 42 }, 'page'],
  [{ id: 'a', sectionId: 7, tagIds: Array.from({ length: 5000 }, (_, i) => `t${i}`) }],
  [null],
  [],
]

test('every cached read answers hostile arguments calmly', async ({ request, baseURL }) => {
  const reads = cachedReads()
  expect(reads.length, 'the build lists the cached reads of lib/data').toBeGreaterThan(15)
  for (const { id, file } of reads) {
    for (const args of hostile) {
      const res = await callAction(request, baseURL!, '/', id, args, '')
      const label = `${file} ${id.slice(0, 8)} ${JSON.stringify(args).slice(0, 60)}`
      expect(res.status(), label).toBe(200)
    }
  }
})

test('the dashboard’s cached rankings of tags and authors answer nothing when called by id from outside', async ({ request, baseURL, page }) => {
  // A tag that is only on a draft: no reader page names it.
  const secret = `Unannounced ${unique()}`
  const tag = await createTag(secret)
  await createArticle({ headline: `Embargoed ${unique()}`, status: 'DRAFT', tagIds: [tag.id] })
  // The rankings are cached for hours: expire them, so they are read afresh with the new tag.
  const expired = await request.post('/api/internal/revalidate', { data: { tags: ['tags'] }, headers: { authorization: `Bearer ${internalSecret(process.env.NEXTAUTH_SECRET)}` } })
  expect(expired.ok()).toBe(true)

  const reads = cachedReads().filter((r) => r.file === 'lib/data/taxonomy.ts')
  expect(reads.length).toBeGreaterThanOrEqual(2)
  for (const { id } of reads) {
    for (const args of [[], [''], ['forged-key'], [undefined], [null]]) {
      const res = await callAction(request, baseURL!, '/', id, args, '')
      expect(res.status()).toBe(200)
      expect(await res.text(), `${id.slice(0, 8)} ${JSON.stringify(args)}`).not.toContain(secret)
    }
  }

  // Staff still get it: the editor's tag field offers it as an existing tag.
  await signIn(page, staff.editor)
  await page.goto('/admin/articles/new')
  await expect(page.getByRole('textbox', { name: 'Body', exact: true })).toBeVisible()
  await page.getByRole('textbox', { name: /Add a tag/ }).fill(secret)
  await expect(page.getByRole('list', { name: 'Matching tags' }).getByRole('button', { name: `Add ${secret}` })).toBeVisible()
})
