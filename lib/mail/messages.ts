// The membership emails. Each carries an unsubscribe link, a delete-my-data link and the
// List-Unsubscribe headers that let a mail client unsubscribe in one click (RFC 8058).
import { escapeHtml } from '@/lib/escape-html'
import { emailHtml } from './html'

export type MailLinks = { unsubscribe: string; oneClick: string; delete: string }
export type Mail = { subject: string; text: string; html: string; headers: Record<string, string> }

type Body = { subject: string; paragraphs: string[]; button?: { href: string; label: string }; after?: string[] }

function compose(siteName: string, links: MailLinks, body: Body): Mail {
  const footerText = [
    `You are getting this because this address was given on the ${siteName} website.`,
    `Unsubscribe: ${links.unsubscribe}`,
    `Delete everything we hold about you: ${links.delete}`,
  ]
  const text = [
    ...body.paragraphs,
    ...(body.button ? [`${body.button.label}: ${body.button.href}`] : []),
    ...(body.after ?? []),
    '--',
    ...footerText,
  ].join('\n\n')
  const html = emailHtml({
    paragraphs: [...body.paragraphs, ...(body.after ?? [])].map(escapeHtml),
    button: body.button,
    footer: [
      escapeHtml(footerText[0]!),
      `<a href="${escapeHtml(links.unsubscribe)}">Unsubscribe</a> · <a href="${escapeHtml(links.delete)}">Delete everything we hold about you</a>`,
    ],
  })
  return {
    subject: body.subject,
    text,
    html,
    headers: { 'List-Unsubscribe': `<${links.oneClick}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
  }
}

/**
 * Nothing a visitor typed goes into an email to an address not yet confirmed: the form can be
 * filled in with anyone's address, and a name such as "URGENT: verify your account at …"
 * would go out under the publication's name to whoever that is.
 */
export function confirmMembershipMail(p: { siteName: string; tierName: string; amount: string; confirmUrl: string; links: MailLinks }) {
  return compose(p.siteName, p.links, {
    subject: `${p.siteName}: confirm your membership`,
    paragraphs: [
      'Hello,',
      `Thank you for joining ${p.siteName} as a ${p.tierName} member (${p.amount} a month). Please confirm that this is your email address so we can start your membership.`,
    ],
    button: { href: p.confirmUrl, label: 'Confirm my membership' },
    after: ['The link works once and expires in 48 hours. If you did not ask to join, ignore this email and nothing will happen.'],
  })
}

export function confirmNewsletterMail(p: { siteName: string; confirmUrl: string; links: MailLinks }) {
  return compose(p.siteName, p.links, {
    subject: `${p.siteName}: confirm your newsletter subscription`,
    paragraphs: [`Please confirm that you want ${p.siteName}’s newsletter at this address.`],
    button: { href: p.confirmUrl, label: 'Confirm my subscription' },
    after: ['The link works once and expires in 48 hours. If you did not ask for the newsletter, ignore this email and nothing will happen.'],
  })
}

export function alreadyMemberMail(p: { siteName: string; siteUrl: string; links: MailLinks }) {
  return compose(p.siteName, p.links, {
    subject: `${p.siteName}: you are already a member`,
    paragraphs: [
      `Someone, probably you, just tried to join ${p.siteName} with this email address. You are already a member, so nothing has changed and no second membership was created.`,
      'To change your tier or your details, reply to this email and we will sort it out.',
      `Thank you for your support. ${p.siteUrl}`,
    ],
  })
}

export function alreadySubscribedMail(p: { siteName: string; siteUrl: string; links: MailLinks }) {
  return compose(p.siteName, p.links, {
    subject: `${p.siteName}: you already get the newsletter`,
    paragraphs: [
      `Someone, probably you, just asked for ${p.siteName}’s newsletter at this address. You already get it, so nothing has changed.`,
      `Thank you for reading. ${p.siteUrl}`,
    ],
  })
}
