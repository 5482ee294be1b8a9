// Demo content for an empty database: sections, tags, staff, authors, illustrated articles, tiers.
// Staff accounts are only created in an empty database, and never with NODE_ENV=production
// unless SEED_DEMO_STAFF=1 asks for them.
import { PrismaPg } from '@prisma/adapter-pg'
import argon2 from 'argon2'
import { PrismaClient, type Prisma } from '../lib/generated/prisma/client'
import { countWords, docToText } from '../lib/content/document'
import { licenceById } from '../lib/content/licences'
import { markdownToDoc } from '../lib/content/markdown'
import { renderDocToHtml } from '../lib/content/render'
import { createLocalStorage } from '../lib/storage'
import { articles, authors, sections, tags } from './seed-content'
import { makeHeroJpeg } from './seed-images'

export const DEMO_STAFF = [
  { email: 'admin@broadside.test', name: 'Alex Admin', role: 'ADMIN' },
  { email: 'editor@broadside.test', name: 'Eddie Editor', role: 'EDITOR' },
  { email: 'writer@broadside.test', name: 'Wren Writer', role: 'WRITER' },
  { email: 'contributor@broadside.test', name: 'Cass Contributor', role: 'CONTRIBUTOR' },
] as const

export async function seedDemoContent(db: PrismaClient, log: (line: string) => void = console.log) {
  const [articleCount, userCount] = await Promise.all([db.article.count(), db.user.count()])
  if (articleCount > 0 || userCount > 0) {
    log('The database already has content; leaving it alone.')
    return false
  }
  const storage = createLocalStorage(process.env.UPLOAD_DIR || '.data/uploads')

  await db.siteSettings.upsert({
    where: { id: 1 },
    update: {},
    create: {
      id: 1,
      siteName: 'Broadside',
      tagline: 'News, analysis and opinion for the movement',
      beforeYouGoText:
        'Broadside is paid for by its readers, not advertisers or billionaires. If this piece helped you make sense of the week, join us: members keep our reporting free for everyone.',
      duesText:
        'We will email you within a few days to set up your monthly dues by Direct Debit. You can change your tier or cancel at any time by replying to any of our emails.',
    },
  })

  const sectionIds = new Map<string, string>()
  for (const [position, s] of sections.entries()) {
    const row = await db.section.create({ data: { ...s, position }, select: { id: true } })
    sectionIds.set(s.slug, row.id)
  }
  const tagIds = new Map<string, string>()
  for (const t of tags) tagIds.set(t.slug, (await db.tag.create({ data: t, select: { id: true } })).id)

  const allowStaff = process.env.NODE_ENV !== 'production' || process.env.SEED_DEMO_STAFF === '1'
  const userIds = new Map<string, string>()
  if (allowStaff) {
    const passwordHash = await argon2.hash(process.env.SEED_STAFF_PASSWORD || 'broadside-demo', { type: argon2.argon2id })
    for (const s of DEMO_STAFF) {
      userIds.set(s.email, (await db.user.create({ data: { ...s, passwordHash }, select: { id: true } })).id)
    }
  } else {
    log('NODE_ENV=production: demo staff accounts were not created (set SEED_DEMO_STAFF=1 to create them).')
  }

  const authorIds = new Map<string, string>()
  for (const a of authors) {
    const userId = a.staffEmail ? (userIds.get(a.staffEmail) ?? null) : null
    const row = await db.author.create({ data: { name: a.name, slug: a.slug, bio: a.bio, userId }, select: { id: true } })
    authorIds.set(a.key, row.id)
  }

  const now = Date.now()
  for (const [i, a] of articles.entries()) {
    const key = `seed/${a.slug}.jpg`
    const jpeg = await makeHeroJpeg(a.hero.hue, a.hero.motif, i + 1)
    await storage.put(key, jpeg, 'image/jpeg')
    const licence = licenceById(a.hero.licenceId)
    const media = await db.media.create({
      data: {
        storageKey: key,
        originalName: `${a.slug}.jpg`,
        mimeType: 'image/jpeg',
        width: 1600,
        height: 900,
        bytes: jpeg.length,
        altText: a.hero.alt,
        caption: a.hero.caption,
        credit: a.hero.credit,
        source: a.hero.source,
        licenceName: licence?.name ?? '',
        licenceUrl: licence?.url ?? '',
      },
      select: { id: true },
    })
    const doc = markdownToDoc(a.body)
    const text = docToText(doc)
    const when = new Date(now - a.daysAgo * 86_400_000 - i * 3_600_000)
    const firstAuthor = a.authors[0] ? authors.find((x) => x.key === a.authors[0]) : undefined
    await db.article.create({
      data: {
        slug: a.slug,
        headline: a.headline,
        standfirst: a.standfirst,
        bodyJson: doc as unknown as Prisma.InputJsonValue,
        bodyHtml: renderDocToHtml(doc),
        bodyText: text,
        wordCount: countWords(text),
        status: a.status,
        featured: Boolean(a.featured),
        publishedAt: a.status === 'PUBLISHED' ? when : null,
        createdAt: when,
        heroImageId: media.id,
        sectionId: sectionIds.get(a.section) ?? null,
        correction: a.correction ?? '',
        correctionAt: a.correction ? new Date(when.getTime() + 86_400_000) : null,
        contentUpdatedAt: a.correction ? new Date(when.getTime() + 86_400_000) : null,
        createdById: firstAuthor?.staffEmail ? (userIds.get(firstAuthor.staffEmail) ?? null) : null,
        authors: { create: a.authors.map((k, position) => ({ authorId: authorIds.get(k)!, position })) },
        tags: { create: a.tags.map((slug) => ({ tagId: tagIds.get(slug)! })) },
      },
    })
  }

  const tiers = [
    { name: 'Standard', slug: 'standard', monthlyPence: 500, description: 'The backbone of the publication.', recommended: false },
    { name: 'Solidarity', slug: 'solidarity', monthlyPence: 1500, description: 'Funds a day of reporting every month.', recommended: true },
    { name: 'Supporter', slug: 'supporter', monthlyPence: 2500, description: 'Helps us commission new writers.', recommended: false },
    { name: 'Pay what you can', slug: 'pay-what-you-can', monthlyPence: 300, payWhatYouCan: true, minimumPence: 100, description: 'For students, pensioners and anyone on a low income.', recommended: false },
  ]
  for (const [position, t] of tiers.entries()) await db.membershipTier.create({ data: { ...t, position } })

  log(`Seeded ${articles.length} articles, ${authors.length} authors, ${sections.length} sections, ${tags.length} tags${allowStaff ? ' and 4 demo staff accounts' : ''}.`)
  return true
}

export function createSeedClient(url = process.env.DATABASE_URL) {
  if (!url) throw new Error('DATABASE_URL is not set')
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) })
}
