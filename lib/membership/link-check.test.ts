import { describe, expect, it } from 'vitest'
import { createSigner } from '@/lib/signing'
import { refusedMembershipLink } from './link-check'
import { invalidMemberLink, unknownConfirmationLink } from './link-notices'

// What the proxy can tell from the address alone; whether the member or token exists is asked
// of PostgreSQL, proved end to end in e2e/membership-email.spec.ts.
const secret = 'a-test-secret-of-enough-length'
const sign = createSigner(secret)
const check = (address: string, env: { secret?: string } = { secret }) => refusedMembershipLink(new URL(address, 'http://localhost'), env)
const link = (path: string, purpose: string, member = 'member1') => `${path}?m=${member}&t=${encodeURIComponent(sign.signLink(purpose, member))}`

describe('membership links the proxy refuses before the page renders', () => {
  it('refuses an unsubscribe or delete link whose signature does not match', async () => {
    const good = link('/membership/unsubscribe', 'unsubscribe')
    expect(await check(good.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A'))), 'altered').toBe(invalidMemberLink)
    expect(await check(good.slice(0, -5)), 'cut short').toBe(invalidMemberLink)
    expect(await check(good.replace('m=member1', 'm=member2')), 'another member').toBe(invalidMemberLink)
    expect(await check('/membership/unsubscribe/done?m=member1&t=forged')).toBe(invalidMemberLink)
    expect(await check('/membership/delete')).toBe(invalidMemberLink)
    // Signed for unsubscribing, it does not open the delete page.
    expect(await check(good.replace('/membership/unsubscribe', '/membership/delete'))).toBe(invalidMemberLink)
    // Two values of one name: the page reads neither, so neither may the proxy.
    expect(await check(`${good}&m=member1`)).toBe(invalidMemberLink)
  })

  it('leaves a correctly signed link to the page (with no database to ask, it cannot tell more)', async () => {
    expect(await check(link('/membership/unsubscribe', 'unsubscribe'))).toBeNull()
    expect(await check(link('/membership/unsubscribe/done', 'unsubscribe'))).toBeNull()
    expect(await check(link('/membership/delete', 'delete'))).toBeNull()
  })

  it('refuses a confirmation link without exactly one token, and leaves one with a token to be looked up', async () => {
    expect(await check('/membership/confirm')).toBe(unknownConfirmationLink)
    expect(await check('/membership/confirm?token=')).toBe(unknownConfirmationLink)
    expect(await check('/membership/confirm?token=a&token=b')).toBe(unknownConfirmationLink)
    expect(await check('/membership/confirm?token=abc')).toBeNull()
  })

  it('refuses nothing without a secret to check with, nor on other pages', async () => {
    expect(await check('/membership/unsubscribe?m=member1&t=forged', {})).toBeNull()
    expect(await check('/membership/welcome?m=member1&t=forged')).toBeNull()
    expect(await check('/membership/check-email')).toBeNull()
  })
})
