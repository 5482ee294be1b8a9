import 'server-only'
// Absolute, signed links about one member, for emails and the pages they lead to.
import { env } from '@/lib/env'
import { getSigner } from '@/lib/form-security'

export type MemberLinkPurpose = 'unsubscribe' | 'delete' | 'welcome' | 'welcome-newsletter'

const query = (memberId: string, token: string) => `m=${encodeURIComponent(memberId)}&t=${encodeURIComponent(token)}`

export function memberLinkQuery(purpose: MemberLinkPurpose, memberId: string, expiresAt?: Date) {
  return query(memberId, getSigner().signLink(purpose, memberId, expiresAt))
}

export const verifyMemberLink = (purpose: MemberLinkPurpose, memberId: string, token: string) => getSigner().verifyLink(purpose, memberId, token)

/** The links every email carries. The one-click URL answers a POST (RFC 8058); a GET shows a button. */
export function memberMailLinks(memberId: string) {
  const unsubscribe = memberLinkQuery('unsubscribe', memberId)
  return {
    unsubscribe: `${env.SITE_URL}/membership/unsubscribe?${unsubscribe}`,
    oneClick: `${env.SITE_URL}/membership/unsubscribe/one-click?${unsubscribe}`,
    delete: `${env.SITE_URL}/membership/delete?${memberLinkQuery('delete', memberId)}`,
  }
}

export const confirmUrl = (token: string) => `${env.SITE_URL}/membership/confirm?token=${encodeURIComponent(token)}`
