// A staff invitation link (/set-password?token=…) that leads nowhere, answered by proxy.ts with
// a real 404 and the words the page would say. The page renders per request and streams, so its
// own check (lib/data/staff.ts, findValidInvite) comes after a 200 has gone out, as with
// membership links (lib/membership/link-check.ts). Any doubt (no database, a failed query)
// leaves the answer to the page, which checks everything again.
import { rowExists } from '@/lib/proxy-db'
import { sha256 } from '@/lib/signing'

export const SET_PASSWORD_PAGE = '/set-password'

export const unusableInvite = {
  title: 'This link has expired or has already been used',
  text: 'Ask an administrator to send you a new one.',
  link: { href: '/login', label: 'Go to sign in' },
}

/** The notice for an invitation link that cannot be used; null when the page should render it. */
export async function refusedInviteLink(url: URL, databaseUrl: string | undefined): Promise<typeof unusableInvite | null> {
  const tokens = url.searchParams.getAll('token')
  if (tokens.length !== 1 || !tokens[0] || tokens[0].length > 200) return unusableInvite
  if (!databaseUrl) return null
  const usable = await rowExists(
    databaseUrl,
    `SELECT 1 FROM "StaffInvite" i JOIN "User" u ON u.id = i."userId" WHERE i."tokenHash" = $1 AND i."usedAt" IS NULL AND i."expiresAt" > now() AND u.active`,
    sha256(tokens[0]),
  )
  return usable === false ? unusableInvite : null
}
