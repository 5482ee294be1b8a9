// What `npm run seed:bulk` fills articles with: a pool of bodies assembled from the demo
// pieces' blocks and rendered once each by the app's own renderer, plus the words headlines
// and standfirsts are made of. Pure, so a unit test can hold it to what the site renders.
import { countWords, docToText, type BlockNode, type Doc } from '../../lib/content/document'
import { markdownToDoc } from '../../lib/content/markdown'
import { renderDocToHtml } from '../../lib/content/render'
import { articles as demoArticles } from '../../prisma/seed-content'

export const WORDS = `council tenants strike union wages rent housing hospital nurses drivers climate energy water privatisation
 refugees campaign protest march picket ballot pay profits landlords bosses ministers budget cuts library school transport
 estate cleaners carers teachers students pensions solidarity organisers workers community neighbourhood city region`
  .split(/\s+/)
  .filter((w) => /^[a-z]+$/.test(w))
export const VERBS = ['win', 'defy', 'challenge', 'expose', 'reject', 'demand', 'force', 'build', 'launch', 'resist', 'walk out over', 'vote for']
export const ADJECTIVES = ['historic', 'bitter', 'growing', 'quiet', 'new', 'long', 'fresh', 'unexpected', 'determined', 'local', 'national']

/** A real article runs to 600–1,200 words; the pool's bodies are drawn from that range. */
export const BODY_WORDS = { min: 600, max: 1200 } as const

export type PooledBody = { json: string; html: string; text: string; words: number }

/** A small deterministic generator, so a given N always loads the same archive. */
export function seededRandom(seed: number) {
  let s = seed >>> 0
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32
}

/**
 * `count` bodies of BODY_WORDS length, each a run of the demo articles' blocks (paragraphs,
 * sub-headings, quotes, lists) stored exactly as the app stores an edited piece: the editor's
 * JSON, the HTML the renderer makes of it, and its plain text and word count.
 */
export function buildBodyPool(count: number, rand: () => number): PooledBody[] {
  const blocks: BlockNode[] = demoArticles.flatMap((a) => markdownToDoc(a.body).content)
  return Array.from({ length: count }, () => {
    const target = BODY_WORDS.min + Math.floor(rand() * (BODY_WORDS.max - BODY_WORDS.min - 100))
    const content: BlockNode[] = []
    let words = 0
    let at = Math.floor(rand() * blocks.length)
    while (words < target) {
      // Mostly consecutive blocks, so a body reads as a piece rather than a shuffle.
      at = rand() < 0.8 ? (at + 1) % blocks.length : Math.floor(rand() * blocks.length)
      const block = blocks[at]!
      const blockWords = countWords(docToText({ type: 'doc', content: [block] }))
      if (words + blockWords > BODY_WORDS.max && words >= BODY_WORDS.min) break
      content.push(block)
      words += blockWords
    }
    const doc: Doc = { type: 'doc', content }
    const text = docToText(doc)
    return { json: JSON.stringify(doc), html: renderDocToHtml(doc), text, words: countWords(text) }
  })
}
