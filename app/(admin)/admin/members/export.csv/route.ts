// GET /admin/members/export.csv — administrators only (checked in lib/data on every request).
// Every cell is quoted and formula-neutralised by lib/csv.ts, and the file is served as an
// attachment that browsers never render.
import { exportMembers } from '@/lib/data/members'
import { ForbiddenError, NotSignedInError } from '@/lib/errors'
import { toCsv } from '@/lib/csv'
import { formatPence } from '@/lib/validation/member'

export async function GET(request: Request) {
  const params = new URL(request.url).searchParams
  const filters = { status: params.get('status') ?? '', tier: params.get('tier') ?? '', q: params.get('q') ?? '', kind: params.get('kind') ?? '' }
  let rows: Awaited<ReturnType<typeof exportMembers>>
  try {
    rows = await exportMembers(filters)
  } catch (error) {
    if (error instanceof NotSignedInError) return new Response('Sign in to export members.\n', { status: 401, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
    if (error instanceof ForbiddenError) return new Response(`${error.message}\n`, { status: 403, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
    throw error
  }
  const csv = toCsv(
    ['id', 'name', 'email', 'postcode', 'type', 'tier', 'monthly amount', 'newsletter', 'status', 'signed up', 'confirmed', 'unsubscribed', 'source article', 'utm_source', 'utm_medium', 'utm_campaign'],
    rows.map((m) => [
      m.id,
      m.name,
      m.email,
      m.postcode,
      m.isMember ? 'member' : 'newsletter',
      m.tier?.name ?? '',
      m.amountPence ? formatPence(m.amountPence) : '',
      m.newsletter ? 'yes' : 'no',
      m.status.toLowerCase(),
      m.createdAt,
      m.confirmedAt ?? '',
      m.unsubscribedAt ?? '',
      m.sourceArticle?.slug ?? '',
      m.utmSource,
      m.utmMedium,
      m.utmCampaign,
    ]),
  )
  const date = new Date().toISOString().slice(0, 10)
  return new Response(csv, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="broadside-members-${date}.csv"`,
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  })
}
