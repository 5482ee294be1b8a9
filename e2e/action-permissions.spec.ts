import { expect, test, type Page } from '@playwright/test'
import { query } from './support/db'
import { formFields, formWithButton, replay, sessionCookies, type Who } from './support/replay'
import { signIn, staff, unique } from './support/staff'

// Every server action, called directly as each role that must not use it and with no
// session: each call is refused and the database is exactly as it was.

type Case = {
  action: string
  as: keyof typeof staff
  refused: Who[]
  setup?: () => Promise<Record<string, string>>
  path: (ctx: Record<string, string>) => string
  form: (page: Page, ctx: Record<string, string>) => ReturnType<typeof formWithButton>
  overrides?: (ctx: Record<string, string>) => Record<string, string>
  snapshot: (ctx: Record<string, string>) => Promise<unknown>
}

const nonAdmins: Who[] = ['contributor', 'writer', 'editor', 'anonymous']

async function insertArticle(status: 'DRAFT' | 'PUBLISHED' | 'IN_REVIEW') {
  const id = `perm${unique()}`
  await query(
    `INSERT INTO "Article" (id, slug, headline, "bodyJson", status, "publishedAt", "updatedAt")
     VALUES ($1, $2, 'Permission matrix piece', '{"type":"doc","content":[]}', $3::"ArticleStatus", CASE WHEN $3 = 'PUBLISHED' THEN now() END, now())`,
    [id, `permission-matrix-${id}`, status],
  )
  return { articleId: id }
}

async function insertMember() {
  const id = `mem${unique()}`
  await query(`INSERT INTO "Member" (id, email, name, status, "updatedAt") VALUES ($1, $2, 'Matrix Member', 'ACTIVE', now())`, [id, `${id}@example.org`])
  return { memberId: id }
}

const articleRow = (ctx: Record<string, string>) => query(`SELECT status, version, "publishedAt", headline FROM "Article" WHERE id = $1`, [ctx.articleId])
const users = () => query(`SELECT email, role, active, "sessionVersion", name, "passwordHash" FROM "User" ORDER BY email`)

const cases: Case[] = [
  {
    action: 'publishArticle',
    as: 'editor',
    refused: ['contributor', 'writer', 'anonymous'],
    setup: () => insertArticle('DRAFT'),
    path: (c) => `/admin/articles/${c.articleId}`,
    form: (page) => formWithButton(page, 'Publish'),
    snapshot: articleRow,
  },
  {
    action: 'unpublishArticle',
    as: 'editor',
    refused: ['contributor', 'writer', 'anonymous'],
    setup: () => insertArticle('PUBLISHED'),
    path: (c) => `/admin/articles/${c.articleId}`,
    form: (page) => formWithButton(page, 'Unpublish'),
    snapshot: articleRow,
  },
  {
    action: 'sendBackForChanges',
    as: 'editor',
    refused: ['contributor', 'writer', 'anonymous'],
    setup: () => insertArticle('IN_REVIEW'),
    path: (c) => `/admin/articles/${c.articleId}`,
    form: (page) => formWithButton(page, 'Send back'),
    overrides: () => ({ reviewNote: 'Rewrite it all' }),
    snapshot: (c) => query(`SELECT status, version, "reviewNote" FROM "Article" WHERE id = $1`, [c.articleId]),
  },
  {
    action: 'scheduleArticle',
    as: 'editor',
    refused: ['contributor', 'writer', 'anonymous'],
    setup: () => insertArticle('IN_REVIEW'),
    path: (c) => `/admin/articles/${c.articleId}`,
    form: (page) => formWithButton(page, 'Approve and schedule'),
    overrides: () => ({ scheduledFor: new Date(Date.now() + 3_600_000).toISOString() }),
    snapshot: (c) => query(`SELECT status, version, "scheduledFor" FROM "Article" WHERE id = $1`, [c.articleId]),
  },
  {
    action: 'inviteStaff',
    as: 'admin',
    refused: nonAdmins,
    path: () => '/admin/staff',
    form: (page) => formWithButton(page, 'Send invitation'),
    overrides: () => ({ name: 'Intruder', email: `intruder.${unique()}@example.org`, role: 'ADMIN' }),
    snapshot: users,
  },
  {
    action: 'changeStaffRole',
    as: 'admin',
    refused: nonAdmins,
    setup: async () => ({ userId: (await query<{ id: string }>(`SELECT id FROM "User" WHERE email = $1`, [staff.contributor]))[0]!.id }),
    path: () => '/admin/staff',
    form: (page, c) => formWithButton(page, 'Change role', page.locator(`#user-${c.userId}`)),
    overrides: () => ({ role: 'ADMIN' }),
    snapshot: users,
  },
  {
    action: 'deactivateStaff',
    as: 'admin',
    refused: nonAdmins,
    path: () => '/admin/staff',
    form: (page) => formWithButton(page, 'Deactivate Eddie Editor'),
    snapshot: users,
  },
  {
    action: 'saveSettings',
    as: 'admin',
    refused: nonAdmins,
    path: () => '/admin/settings',
    form: (page) => formWithButton(page, 'Save settings'),
    overrides: () => ({ siteName: 'Defaced' }),
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
    path: () => '/admin/members/tiers',
    form: (page) => formWithButton(page, 'Add tier'),
    overrides: () => ({ name: `Sneaky tier ${unique()}`, monthly: '1', description: 'x' }),
    snapshot: () => query(`SELECT name, "monthlyPence", active FROM "MembershipTier" ORDER BY name`),
  },
  {
    action: 'updateProfile',
    as: 'writer',
    refused: ['anonymous'],
    path: () => '/admin/account',
    form: (page) => formWithButton(page, 'Save name'),
    overrides: () => ({ name: 'Renamed by nobody' }),
    snapshot: users,
  },
  {
    action: 'changePassword',
    as: 'writer',
    refused: ['anonymous'],
    path: () => '/admin/account',
    form: (page) => formWithButton(page, 'Change password'),
    overrides: () => ({ current: 'broadside-demo', password: 'taken over by nobody', confirm: 'taken over by nobody' }),
    snapshot: users,
  },
]

test.describe('server actions refuse whoever may not use them', () => {
  let cookies: Record<Who, string>
  test.beforeAll(async ({ playwright, baseURL }) => {
    const request = await playwright.request.newContext({ baseURL })
    cookies = await sessionCookies(request, baseURL!)
    await request.dispose()
  })

  for (const c of cases) {
    test(`${c.action}: refused for ${c.refused.join(', ')}`, async ({ page, playwright, baseURL }) => {
      const ctx = (await c.setup?.()) ?? {}
      await signIn(page, staff[c.as])
      await page.goto(c.path(ctx))
      const fields = { ...(await formFields(c.form(page, ctx))), ...(c.overrides?.(ctx) ?? {}) }
      expect(Object.keys(fields).some((k) => k.startsWith('$ACTION')), 'the form posts to a server action').toBe(true)
      const request = await playwright.request.newContext({ baseURL })
      const before = await c.snapshot(ctx)
      for (const who of c.refused) {
        const res = await replay(request, baseURL!, c.path(ctx), fields, cookies[who])
        expect(res.status(), `${c.action} as ${who}`).toBeLessThan(500)
        expect(await c.snapshot(ctx), `${c.action} as ${who} changed nothing`).toEqual(before)
      }
      await request.dispose()
    })
  }
})
