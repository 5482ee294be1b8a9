import 'server-only'
// Sends mail through SMTP (SMTP_URL, nodemailer). Without SMTP_URL, or when the server refuses,
// the message goes to the outbox table, readable by staff at /admin/outbox.
import nodemailer, { type Transporter } from 'nodemailer'
import { env } from '@/lib/env'
import { writeOutboxEmail } from '@/lib/data/outbox'
import { getSiteSettings } from '@/lib/data/settings'

/** The sender's address when MAIL_FROM is not set; the name shown is the site's. */
const DEFAULT_FROM_ADDRESS = 'no-reply@broadside.test'

export type OutgoingMail = { to: string; subject: string; text: string; html: string; headers: Record<string, string> }

let transporter: Transporter | undefined

function getTransporter() {
  // The URL carries host, port, credentials and TLS choice (smtps:// for implicit TLS; smtp:// upgrades
  // with STARTTLS when the server offers it).
  return (transporter ??= nodemailer.createTransport(env.SMTP_URL!))
}

export async function sendMail(mail: OutgoingMail): Promise<void> {
  if (!env.SMTP_URL) {
    await writeOutboxEmail(mail)
    // In development the log is the quickest way to find a link; in production it must not carry one.
    if (env.isProduction) console.warn(`[mail] SMTP_URL is not set: "${mail.subject}" was written to the outbox, not sent.`)
    else console.info(`[mail] outbox (no SMTP_URL): to=${mail.to} subject="${mail.subject}"\n${mail.text}`)
    return
  }
  try {
    const from = env.MAIL_FROM || { name: (await getSiteSettings()).siteName, address: DEFAULT_FROM_ADDRESS }
    await getTransporter().sendMail({ from, to: mail.to, subject: mail.subject, text: mail.text, html: mail.html, headers: mail.headers })
  } catch (error) {
    console.error('[mail] SMTP delivery failed; the message is kept in the outbox', { subject: mail.subject, error })
    await writeOutboxEmail({ ...mail, headers: { ...mail.headers, 'X-Broadside-Delivery': 'failed' } })
  }
}
