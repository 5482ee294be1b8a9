// Membership links that lead nowhere, answered by proxy.ts with a real 404 and the words the
// page would say (lib/membership/link-notices.ts). The pages render per request and stream, so
// by the time their own check runs a 200 has gone out (as with preview links: see
// lib/invalid-preview-page.ts). The proxy checks first: an unsubscribe or delete-my-data link's
// signature, then whether the member it names is still there; a confirmation link's token,
// whether we ever issued it. The proxy runs outside the app's module graph and cannot import
// lib/data ('server-only'), so it asks PostgreSQL those two things itself (lib/proxy-db.ts),
// reading nothing but whether a row exists. Any doubt (no secret, no database, a
// failed query) leaves the answer to the page, which checks everything again.
import { rowExists } from '@/lib/proxy-db'
import { createSigner, sha256 } from '@/lib/signing'
import { invalidMemberLink, unknownConfirmationLink, type LinkNotice } from './link-notices'

/** Pages that open a link signed for one member, and what the signature must be for. */
const SIGNED_PAGES: Partial<Record<string, 'unsubscribe' | 'delete'>> = {
  '/membership/unsubscribe': 'unsubscribe',
  '/membership/unsubscribe/done': 'unsubscribe',
  '/membership/delete': 'delete',
}
const CONFIRM_PAGE = '/membership/confirm'

export const isMembershipLinkPage = (pathname: string) => pathname in SIGNED_PAGES || pathname === CONFIRM_PAGE

/** A query value as the pages read it: the only value of its name, cut to 200 characters; else empty. */
function one(params: URLSearchParams, name: string) {
  const values = params.getAll(name)
  return values.length === 1 ? values[0]!.slice(0, 200) : ''
}

let signer: { secret: string; sign: ReturnType<typeof createSigner> } | undefined
function signerFor(secret: string) {
  if (signer?.secret !== secret) signer = { secret, sign: createSigner(secret) }
  return signer.sign
}

/** The notice for a membership page's link that leads nowhere; null when the page should render it. */
export async function refusedMembershipLink(url: URL, env: { secret?: string; databaseUrl?: string }): Promise<LinkNotice | null> {
  const purpose = SIGNED_PAGES[url.pathname]
  if (purpose) {
    if (!env.secret || env.secret.length < 16) return null
    const memberId = one(url.searchParams, 'm')
    if (!signerFor(env.secret).verifyLink(purpose, memberId, one(url.searchParams, 't'))) return invalidMemberLink
    if (!env.databaseUrl) return null
    return (await rowExists(env.databaseUrl, 'SELECT 1 FROM "Member" WHERE id = $1', memberId)) === false ? invalidMemberLink : null
  }
  if (url.pathname === CONFIRM_PAGE) {
    const token = one(url.searchParams, 'token')
    if (!token) return unknownConfirmationLink
    if (!env.databaseUrl) return null
    const known = await rowExists(env.databaseUrl, `SELECT 1 FROM "MemberToken" WHERE "tokenHash" = $1 AND purpose = 'confirm'`, sha256(token))
    return known === false ? unknownConfirmationLink : null
  }
  return null
}
