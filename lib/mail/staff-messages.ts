// Mail to staff: the invitation to set a password. Transactional, so no unsubscribe.
import { escapeHtml } from '@/lib/escape-html'
import { emailHtml } from './html'
import type { Mail } from './messages'

export function staffInviteMail(p: { siteName: string; name: string; inviterName: string; role: string; url: string; hours: number }): Mail {
  const paragraphs = [
    `Hello ${p.name},`,
    `${p.inviterName} has invited you to the ${p.siteName} dashboard as ${p.role}.`,
    `Choose your password with the link below. It works once and expires in ${p.hours} hours.`,
  ]
  return {
    subject: `${p.siteName}: your staff account`,
    text: [...paragraphs, `Set your password: ${p.url}`, '--', 'If you were not expecting this, ignore this email.'].join('\n\n'),
    html: emailHtml({ paragraphs: paragraphs.map(escapeHtml), button: { href: p.url, label: 'Set your password' }, footer: ['If you were not expecting this, ignore this email.'] }),
    headers: {},
  }
}
