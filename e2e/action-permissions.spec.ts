import { createHash } from 'node:crypto'
import { expect, test, type Locator, type Page } from '@playwright/test'
import { query } from './support/db'
import { actionId, callAction, FormArg, formFields, formWithButton, replay, serverActions, sessionCookies, type Who } from './support/replay'
import { signIn, staff, unique } from './support/staff'

// Every server action, called directly as each role that must not use it and with no
// session: each call is refused and the database is exactly as it was. Then the same call
// from someone allowed does change it, so none of these refusals passes by accident.
// Form actions are replayed from a real form's fields; actions that client code calls with
// arguments are called by their build id, with arguments encoded as React encodes them.

type Ctx = Record<string, string>
type Role = keyof typeof staff

/** What every case has: the action, who is refused, the page it lives on, what must not change. */
type CaseBase = {
  action: string
  label?: string
  refused: Who[]
  setup?: () => Promise<Ctx>
  /** The page whose form holds the action, or whose client code makes the call. */
  path: (ctx: Ctx) => string
  snapshot: (ctx: Ctx) => Promise<unknown>
}

type FormCase = CaseBase & {
  as: Role
  form: (page: Page, ctx: Ctx) => Locator
  /** Sent by everyone refused (and, unless `allowedOverrides` says otherwise, by the allowed caller). */
  overrides?: (ctx: Ctx) => Ctx
  allowedOverrides?: (ctx: Ctx) => Ctx
  /** Puts back what the allowed call changed, when other tests rely on it. */
  restore?: (ctx: Ctx) => Promise<void>
}

type CallCase = CaseBase & {
  /** Who may make this call ('anonymous' for an action whose credential is an argument). */
  as: Who
  args: (ctx: Ctx) => unknown[]
  /** What refused callers send instead, when the refusal depends on the arguments. */
  refusedArgs?: (ctx: Ctx) => unknown[]
  /** For reads: text only an allowed caller gets back. */
  reveals?: (ctx: Ctx) => string
}

const nonAdmins: Who[] = ['contributor', 'writer', 'editor', 'anonymous']
const nonEditors: Who[] = ['contributor', 'writer', 'anonymous']

// ---------------------------------------------------------------- fixtures of each test's own

const userId = async (email: string) => (await query<{ id: string }>(`SELECT id FROM "User" WHERE email = $1`, [email]))[0]!.id

async function insertArticle(status: 'DRAFT' | 'PUBLISHED' | 'IN_REVIEW', createdBy?: Role) {
  const id = `perm${unique()}`
  const headline = `Permission matrix piece ${id}`
  await query(
    `INSERT INTO "Article" (id, slug, headline, "bodyJson", "bodyText", "wordCount", status, "publishedAt", "createdById", "updatedAt")
     VALUES ($1, $2, $3, '{"type":"doc","content":[]}', 'Words to publish.', 3, $4::"ArticleStatus", CASE WHEN $4 = 'PUBLISHED' THEN now() END, $5, now())`,
    [id, `permission-matrix-${id}`, headline, status, createdBy ? await userId(staff[createdBy]) : null],
  )
  return { articleId: id, slug: `permission-matrix-${id}`, headline }
}

async function insertArticleWithRevisions() {
  const ctx: Ctx = await insertArticle('DRAFT')
  for (const [n, words] of [[1, 'First words'], [2, 'Second words']] as const) {
    const id = `rev${unique()}`
    await query(
      `INSERT INTO "Revision" (id, "articleId", snapshot, version, reason, "createdAt") VALUES ($1, $2, $3, $4, 'save', now() - make_interval(mins => $5))`,
      [id, ctx.articleId, JSON.stringify({ headline: `${ctx.headline} v${n}`, bodyJson: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: words }] }] } }), n, 10 - n],
    )
    if (n === 1) ctx.revisionId = id
  }
  return ctx
}

/** A piece at version 5 with three saves from weeks ago and one from today. */
async function insertArticleWithOldRevisions() {
  const ctx = await insertArticle('DRAFT')
  await query(`UPDATE "Article" SET version = 5 WHERE id = $1`, [ctx.articleId])
  for (const [version, days] of [[1, 60], [2, 50], [3, 40], [5, 0]] as const) {
    await query(`INSERT INTO "Revision" (id, "articleId", snapshot, version, reason, "createdAt") VALUES ($1, $2, '{}', $3, 'save', now() - make_interval(days => $4))`, [
      `rev${unique()}`,
      ctx.articleId,
      version,
      days,
    ])
  }
  return ctx
}

async function insertUser(active: boolean) {
  const id = `usr${unique()}`
  const name = `Matrix Person ${id}`
  await query(`INSERT INTO "User" (id, email, name, role, active, "updatedAt") VALUES ($1, $2, $3, 'WRITER', $4, now())`, [id, `${id}@example.org`, name, active])
  return { userId: id, userName: name }
}

async function insertMember() {
  const id = `mem${unique()}`
  await query(`INSERT INTO "Member" (id, email, name, status, "updatedAt") VALUES ($1, $2, 'Matrix Member', 'ACTIVE', now())`, [id, `${id}@example.org`])
  return { memberId: id }
}

async function insertTerm(table: 'Tag' | 'Section' | 'Author') {
  const id = `${table.toLowerCase()}${unique()}`
  await query(`INSERT INTO "${table}" (id, name, slug, "updatedAt") VALUES ($1, $2, $3, now())`, [id, `Matrix ${table} ${id}`, `matrix-${id}`])
  return id
}

async function insertMedia() {
  const id = `med${unique()}`
  await query(
    `INSERT INTO "Media" (id, "storageKey", "originalName", "mimeType", width, height, bytes, "altText", "updatedAt") VALUES ($1, $2, $3, 'image/jpeg', 10, 10, 100, 'A matrix picture', now())`,
    [id, `matrix/${id}.jpg`, `matrix-${id}.jpg`],
  )
  return { mediaId: id, originalName: `matrix-${id}.jpg` }
}

/** An image the contributor uploaded, leading a piece of theirs in `status`. */
async function insertContributorsHero(status: 'DRAFT' | 'PUBLISHED') {
  const ctx: Ctx = { ...(await insertMedia()), ...(await insertArticle(status, 'contributor')) }
  await query(`UPDATE "Media" SET "uploadedById" = $2 WHERE id = $1`, [ctx.mediaId, await userId(staff.contributor)])
  await query(`UPDATE "Article" SET "heroImageId" = $2 WHERE id = $1`, [ctx.articleId, ctx.mediaId])
  return ctx
}

async function insertInvite() {
  const user = await insertUser(true)
  const token = `matrix-invite-${unique()}-${unique()}`
  await query(`INSERT INTO "StaffInvite" (id, "userId", "tokenHash", "expiresAt") VALUES ($1, $2, $3, now() + interval '1 day')`, [
    `inv${unique()}`,
    user.userId,
    createHash('sha256').update(token).digest('hex'),
  ])
  return { ...user, token }
}

const articleRow = (c: Ctx) => query(`SELECT status, version, "publishedAt", headline, "bodyText", "updatedAt" FROM "Article" WHERE id = $1`, [c.articleId])
const articleWithRevisions = async (c: Ctx) => ({ article: await articleRow(c), revisions: await query(`SELECT id, version, reason FROM "Revision" WHERE "articleId" = $1 ORDER BY id`, [c.articleId]) })
const users = () => query(`SELECT email, role, active, "sessionVersion", name, "passwordHash", "updatedAt" FROM "User" ORDER BY email`)
const terms = (table: 'Tag' | 'Section' | 'Author') => async () => ({
  rows: await query(`SELECT id, name, slug, ${table === 'Author' ? 'bio' : 'description'}, "updatedAt" FROM "${table}" ORDER BY id`),
  redirects: await query(`SELECT kind, "oldSlug", "targetId" FROM "SlugRedirect" ORDER BY id`),
})
const doc = (text: string) => JSON.stringify({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] })
const articleFields = (fields: Ctx) =>
  new FormArg({ standfirst: '', bodyJson: doc('Words nobody asked for.'), sectionId: '', heroImageId: '', showBeforeYouGo: 'on', seoTitle: '', seoDescription: '', correction: '', correctionAt: '', ...fields })

// ---------------------------------------------------------------- form actions

/** Deleting a tag, a section or a guest author on no byline, from the plain form on its confirmation page. */
const deleteTermCases = (['Tag', 'Section', 'Author'] as const).map(
  (table): FormCase => ({
    action: `delete${table}`,
    as: 'editor',
    refused: nonEditors,
    setup: async () => ({ termId: await insertTerm(table) }),
    path: (c) => `/admin/${table.toLowerCase()}s/${c.termId}/delete`,
    form: (page) => page.getByRole('form', { name: `Confirm deleting the ${table.toLowerCase()}` }),
    snapshot: terms(table),
  }),
)

const formCases: FormCase[] = [
  {
    action: 'publishArticle',
    as: 'editor',
    refused: nonEditors,
    setup: () => insertArticle('DRAFT'),
    path: (c) => `/admin/articles/${c.articleId}`,
    form: (page) => formWithButton(page, 'Publish'),
    snapshot: articleRow,
  },
  {
    action: 'unpublishArticle',
    as: 'editor',
    refused: nonEditors,
    setup: () => insertArticle('PUBLISHED'),
    path: (c) => `/admin/articles/${c.articleId}`,
    form: (page) => formWithButton(page, 'Unpublish'),
    snapshot: articleRow,
  },
  {
    action: 'submitForReview',
    as: 'contributor',
    // Someone else's draft: the writer may not touch it. (Editors may edit, so may submit.)
    refused: ['writer', 'anonymous'],
    setup: () => insertArticle('DRAFT', 'contributor'),
    path: (c) => `/admin/articles/${c.articleId}`,
    form: (page) => formWithButton(page, 'Submit for review'),
    snapshot: articleRow,
  },
  {
    action: 'sendBackForChanges',
    as: 'editor',
    refused: nonEditors,
    setup: () => insertArticle('IN_REVIEW'),
    path: (c) => `/admin/articles/${c.articleId}`,
    form: (page) => formWithButton(page, 'Send back'),
    overrides: () => ({ reviewNote: 'Rewrite it all' }),
    snapshot: (c) => query(`SELECT status, version, "reviewNote" FROM "Article" WHERE id = $1`, [c.articleId]),
  },
  {
    action: 'scheduleArticle',
    as: 'editor',
    refused: nonEditors,
    setup: () => insertArticle('IN_REVIEW'),
    path: (c) => `/admin/articles/${c.articleId}`,
    form: (page) => formWithButton(page, 'Approve and schedule'),
    overrides: () => ({ scheduledLocal: new Date(Date.now() + 3_600_000).toISOString().slice(0, 16), tzOffset: '0' }),
    snapshot: (c) => query(`SELECT status, version, "scheduledFor" FROM "Article" WHERE id = $1`, [c.articleId]),
  },
  {
    action: 'restoreRevision',
    as: 'editor',
    refused: nonEditors,
    setup: insertArticleWithRevisions,
    path: (c) => `/admin/articles/${c.articleId}/history/restore/${c.revisionId}`,
    form: (page) => page.getByRole('form', { name: 'Confirm the restore' }),
    snapshot: articleWithRevisions,
  },
  {
    action: 'pruneRevisions',
    as: 'admin',
    refused: nonAdmins,
    setup: insertArticleWithOldRevisions,
    path: (c) => `/admin/articles/${c.articleId}/history?pruneDays=30&pruneKeep=1`,
    form: (page) => formWithButton(page, /^Delete \d+ revisions$/),
    overrides: () => ({ confirm: 'on' }),
    snapshot: (c) => query(`SELECT id, version, reason FROM "Revision" WHERE "articleId" = $1 ORDER BY id`, [c.articleId]),
  },
  {
    action: 'inviteStaff',
    as: 'admin',
    refused: nonAdmins,
    setup: async () => ({ email: `intruder.${unique()}@example.org` }),
    path: () => '/admin/staff',
    form: (page) => formWithButton(page, 'Send invitation'),
    overrides: (c) => ({ name: 'Intruder', email: c.email!, role: 'ADMIN' }),
    allowedOverrides: (c) => ({ name: 'Invited by the matrix', email: c.email!, role: 'CONTRIBUTOR' }),
    snapshot: users,
  },
  {
    action: 'changeStaffRole',
    as: 'admin',
    refused: nonAdmins,
    setup: () => insertUser(true),
    path: () => '/admin/staff',
    form: (page, c) => formWithButton(page, 'Change role', page.getByRole('row').filter({ hasText: c.userName })),
    overrides: () => ({ role: 'ADMIN' }),
    allowedOverrides: () => ({ role: 'EDITOR' }),
    snapshot: users,
  },
  {
    action: 'deactivateStaff',
    as: 'admin',
    refused: nonAdmins,
    setup: () => insertUser(true),
    path: () => '/admin/staff',
    form: (page, c) => formWithButton(page, `Deactivate ${c.userName}`),
    snapshot: users,
  },
  {
    action: 'reactivateStaff',
    as: 'admin',
    refused: nonAdmins,
    setup: () => insertUser(false),
    path: () => '/admin/staff',
    form: (page, c) => formWithButton(page, `Reactivate ${c.userName}`),
    snapshot: users,
  },
  {
    action: 'saveSettings',
    as: 'admin',
    refused: nonAdmins,
    path: () => '/admin/settings',
    form: (page) => formWithButton(page, 'Save settings'),
    overrides: () => ({ siteName: 'Defaced' }),
    // The admin saves the settings as they are: the row is written (updatedAt), the site unchanged.
    allowedOverrides: () => ({}),
    snapshot: () => query(`SELECT * FROM "SiteSettings"`),
  },
  {
    action: 'changeMemberStatus',
    as: 'admin',
    refused: nonAdmins,
    setup: insertMember,
    path: (c) => `/admin/members/${c.memberId}`,
    form: (page) => formWithButton(page, 'Save status'),
    overrides: () => ({ status: 'CANCELLED' }),
    snapshot: (c) => query(`SELECT status, "updatedAt" FROM "Member" WHERE id = $1`, [c.memberId]),
  },
  {
    action: 'eraseMember',
    as: 'admin',
    refused: nonAdmins,
    setup: insertMember,
    path: (c) => `/admin/members/${c.memberId}`,
    form: (page) => formWithButton(page, 'Erase member'),
    overrides: () => ({ confirm: 'on' }),
    snapshot: (c) => query(`SELECT id, email, status FROM "Member" WHERE id = $1`, [c.memberId]),
  },
  {
    action: 'saveTier',
    as: 'admin',
    refused: nonAdmins,
    setup: async () => ({ tierName: `Sneaky tier ${unique()}` }),
    path: () => '/admin/members/tiers',
    form: (page) => formWithButton(page, 'Add tier'),
    overrides: (c) => ({ name: c.tierName!, monthly: '1', description: 'x' }),
    // Not offered on the join page, so other tests see the tiers they expect.
    allowedOverrides: (c) => ({ name: c.tierName!, monthly: '1', description: 'x', active: '' }),
    snapshot: () => query(`SELECT name, "monthlyPence", active FROM "MembershipTier" ORDER BY name`),
  },
  {
    action: 'updateProfile',
    as: 'writer',
    refused: ['anonymous'],
    path: () => '/admin/account',
    form: (page) => formWithButton(page, 'Save name'),
    overrides: () => ({ name: 'Renamed by nobody' }),
    // The writer saves their own name unchanged: the row is written, other tests see the same name.
    allowedOverrides: () => ({}),
    snapshot: users,
  },
  {
    action: 'changePassword',
    as: 'writer',
    refused: ['anonymous'],
    path: () => '/admin/account',
    form: (page) => formWithButton(page, 'Change password'),
    overrides: () => ({ current: 'broadside-demo', password: 'taken over by nobody', confirm: 'taken over by nobody' }),
    allowedOverrides: () => ({ current: 'broadside-demo', password: 'plum orchard lantern 1917', confirm: 'plum orchard lantern 1917' }),
    snapshot: users,
    // Other tests sign in as the writer with the demo password and use sessions made before
    // this one: put back a hash of the demo password (every demo account shares it) and the session version.
    restore: async () => {
      const [hash] = await query<{ passwordHash: string }>(`SELECT "passwordHash" FROM "User" WHERE email = $1`, [staff.editor])
      await query(`UPDATE "User" SET "passwordHash" = $1, "sessionVersion" = "sessionVersion" - 1 WHERE email = $2`, [hash!.passwordHash, staff.writer])
    },
  },
  ...deleteTermCases,
]

// ---------------------------------------------------------------- actions called with arguments

/** Tags, sections and authors are created and renamed through the same form (components/admin/term-form.tsx). */
function termCases(table: 'Tag' | 'Section' | 'Author', text: 'description' | 'bio'): CallCase[] {
  const noun = table.toLowerCase()
  const common = { as: 'editor', refused: nonEditors, snapshot: terms(table) } as const
  return [
    {
      ...common,
      action: `create${table}`,
      setup: async () => ({ name: `Matrix ${noun} ${unique()}` }),
      path: () => `/admin/${noun}s`,
      args: (c) => [{}, new FormArg({ name: c.name!, slug: '', [text]: '' })],
    },
    {
      ...common,
      action: `update${table}`,
      setup: async () => ({ termId: await insertTerm(table) }),
      path: (c) => `/admin/${noun}s/${c.termId}`,
      args: (c) => [{}, new FormArg({ id: c.termId!, name: `Renamed ${c.termId}`, slug: `renamed-${c.termId}`, [text]: 'Defaced' })],
    },
  ]
}

const callCases: CallCase[] = [
  {
    action: 'saveArticle',
    label: 'saveArticle, editing someone else’s piece',
    as: 'editor',
    refused: nonEditors,
    setup: () => insertArticle('DRAFT'),
    path: (c) => `/admin/articles/${c.articleId}`,
    args: (c) => [articleFields({ id: c.articleId!, version: '1', headline: 'Rewritten by the matrix', slug: c.slug! })],
    snapshot: articleRow,
  },
  {
    action: 'saveArticle',
    label: 'saveArticle, creating a piece',
    as: 'contributor',
    refused: ['anonymous'],
    setup: async () => ({ headline: `Matrix new piece ${unique()}` }),
    path: () => '/admin/articles/new',
    args: (c) => [articleFields({ headline: c.headline!, slug: '', slugAuto: 'true' })],
    snapshot: (c) => query(`SELECT id FROM "Article" WHERE headline = $1`, [c.headline]),
  },
  {
    action: 'loadLatestArticle',
    as: 'editor',
    refused: nonEditors,
    setup: () => insertArticle('DRAFT'),
    path: (c) => `/admin/articles/${c.articleId}`,
    args: (c) => [c.articleId],
    snapshot: articleRow,
    reveals: (c) => c.headline!,
  },
  {
    action: 'createPreviewLink',
    as: 'editor',
    refused: nonEditors,
    setup: () => insertArticle('DRAFT'),
    path: (c) => `/admin/articles/${c.articleId}`,
    args: (c) => [c.articleId],
    snapshot: articleRow,
    reveals: (c) => `/preview/${c.articleId}?token=`,
  },
  {
    action: 'createGuestAuthor',
    as: 'contributor',
    refused: ['anonymous'],
    setup: async () => ({ name: `Matrix Guest ${unique()}` }),
    path: () => '/admin/articles/new',
    args: (c) => [c.name],
    snapshot: (c) => query(`SELECT id FROM "Author" WHERE name = $1`, [c.name]),
  },
  {
    action: 'searchMediaLibrary',
    as: 'contributor',
    refused: ['anonymous'],
    setup: insertMedia,
    path: () => '/admin/articles/new',
    args: (c) => [c.originalName, 1],
    snapshot: (c) => query(`SELECT * FROM "Media" WHERE id = $1`, [c.mediaId]),
    reveals: (c) => c.originalName!,
  },
  {
    action: 'updateMediaDetails',
    as: 'editor',
    // Nobody here uploaded it: only editors may describe it.
    refused: nonEditors,
    setup: insertMedia,
    path: () => '/admin/media',
    args: (c) => [{}, new FormArg({ id: c.mediaId!, altText: 'Defaced', caption: 'Defaced', credit: '', source: '', licenceId: '' })],
    snapshot: (c) => query(`SELECT * FROM "Media" WHERE id = $1`, [c.mediaId]),
  },
  {
    action: 'updateMediaDetails',
    label: 'updateMediaDetails, of an image leading a published piece',
    as: 'editor',
    // The contributor uploaded it, but its caption and credit are part of a live piece they may not edit.
    refused: nonEditors,
    setup: () => insertContributorsHero('PUBLISHED'),
    path: () => '/admin/media',
    args: (c) => [{}, new FormArg({ id: c.mediaId!, altText: 'Changed after review', caption: 'Changed after review', credit: '', source: '', licenceId: '' })],
    snapshot: (c) => query(`SELECT * FROM "Media" WHERE id = $1`, [c.mediaId]),
  },
  {
    action: 'updateMediaDetails',
    label: 'updateMediaDetails, of an image leading the uploader’s own draft',
    as: 'contributor',
    refused: ['writer', 'anonymous'],
    setup: () => insertContributorsHero('DRAFT'),
    path: () => '/admin/media',
    args: (c) => [{}, new FormArg({ id: c.mediaId!, altText: 'Described by its uploader', caption: '', credit: '', source: '', licenceId: '' })],
    snapshot: (c) => query(`SELECT * FROM "Media" WHERE id = $1`, [c.mediaId]),
  },
  ...termCases('Tag', 'description'),
  ...termCases('Section', 'description'),
  ...termCases('Author', 'bio'),
  {
    action: 'mergeTags',
    as: 'editor',
    refused: nonEditors,
    setup: async () => ({ fromId: await insertTerm('Tag'), intoId: await insertTerm('Tag') }),
    path: (c) => `/admin/tags/${c.fromId}`,
    args: (c) => [{}, new FormArg({ id: c.fromId!, into: `Matrix Tag ${c.intoId}` })],
    snapshot: terms('Tag'),
  },
  {
    action: 'setPassword',
    label: 'setPassword, without the invitation’s token',
    // The token is the credential: whoever calls without it is refused, signed in or not.
    as: 'anonymous',
    refused: ['anonymous', 'contributor', 'writer', 'editor', 'admin'],
    setup: insertInvite,
    path: () => '/set-password',
    args: (c) => [{}, new FormArg({ token: c.token!, password: 'quiet harbour violin 2048', confirm: 'quiet harbour violin 2048' })],
    refusedArgs: (c) => [{}, new FormArg({ token: `${c.token}x`, password: 'taken over by nobody', confirm: 'taken over by nobody' })],
    snapshot: async (c) => ({ users: await users(), invites: await query(`SELECT "usedAt" FROM "StaffInvite" WHERE "userId" = $1`, [c.userId]) }),
  },
]

// ---------------------------------------------------------------- the matrix

test.describe('server actions refuse whoever may not use them', () => {
  let cookies: Record<Who, string>
  test.beforeAll(async ({ playwright, baseURL }) => {
    const request = await playwright.request.newContext({ baseURL })
    cookies = await sessionCookies(request, baseURL!)
    await request.dispose()
  })

  test('every server action in the build is in this matrix', () => {
    const covered = new Set([...formCases, ...callCases].map((c) => c.action))
    const actions = serverActions()
    expect(actions.length).toBeGreaterThan(20)
    expect(actions.filter((a) => !covered.has(a.name)).map((a) => `${a.file} ${a.name}`)).toEqual([])
  })

  for (const c of formCases) {
    test(`${c.label ?? c.action}: refused for ${c.refused.join(', ')}`, async ({ page, playwright, baseURL }) => {
      const ctx = (await c.setup?.()) ?? {}
      await signIn(page, staff[c.as])
      await page.goto(c.path(ctx))
      const form = await formFields(c.form(page, ctx))
      expect(JSON.stringify(form), `the form posts to ${c.action}`).toContain(actionId(c.action))
      const fields = { ...form, ...(c.overrides?.(ctx) ?? {}) }
      const request = await playwright.request.newContext({ baseURL })
      const before = await c.snapshot(ctx)
      for (const who of c.refused) {
        const res = await replay(request, baseURL!, c.path(ctx), fields, cookies[who])
        expect(res.status(), `${c.action} as ${who}`).toBeLessThan(500)
        expect(await c.snapshot(ctx), `${c.action} as ${who} changed nothing`).toEqual(before)
      }
      const allowedFields = { ...form, ...(c.allowedOverrides ?? c.overrides)?.(ctx) }
      const res = await replay(request, baseURL!, c.path(ctx), allowedFields, (await page.context().cookies()).map((k) => `${k.name}=${k.value}`).join('; '))
      expect(res.status(), `${c.action} as ${c.as}`).toBeLessThan(500)
      expect(await c.snapshot(ctx), `${c.action} as ${c.as} did its work`).not.toEqual(before)
      await c.restore?.(ctx)
      await request.dispose()
    })
  }

  for (const c of callCases) {
    test(`${c.label ?? c.action} (called with arguments): refused for ${c.refused.join(', ')}`, async ({ playwright, baseURL }) => {
      const ctx = (await c.setup?.()) ?? {}
      const id = actionId(c.action)
      const request = await playwright.request.newContext({ baseURL })
      const before = await c.snapshot(ctx)
      for (const who of c.refused) {
        const res = await callAction(request, baseURL!, c.path(ctx), id, (c.refusedArgs ?? c.args)(ctx), cookies[who])
        expect(res.status(), `${c.action} as ${who}`).toBeLessThan(500)
        if (c.reveals) expect(await res.text(), `${c.action} as ${who} reveals nothing`).not.toContain(c.reveals(ctx))
        expect(await c.snapshot(ctx), `${c.action} as ${who} changed nothing`).toEqual(before)
      }
      const res = await callAction(request, baseURL!, c.path(ctx), id, c.args(ctx), cookies[c.as])
      expect(res.status(), `${c.action} as ${c.as}`).toBeLessThan(500)
      if (c.reveals) expect(await res.text(), `${c.action} as ${c.as} answers`).toContain(c.reveals(ctx))
      else expect(await c.snapshot(ctx), `${c.action} as ${c.as} did its work`).not.toEqual(before)
      await request.dispose()
    })
  }
})
