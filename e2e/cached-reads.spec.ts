import fs from 'node:fs'
import path from 'node:path'
import { expect, test } from '@playwright/test'
import { callAction } from './support/replay'

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
