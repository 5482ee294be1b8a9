// Reads the mail the app sent through the test SMTP server (scripts/test.ts writes each message
// it receives to MAIL_DIR as a raw .eml file), so a spec can wait for an email and follow its links.
import fs from 'node:fs'
import path from 'node:path'

export type ReceivedMail = {
  file: string
  headers: Record<string, string>
  to: string[]
  subject: string
  text: string
  html: string
  /** Every http(s) link in the text part, in order. */
  links: string[]
}

function mailDir() {
  const dir = process.env.MAIL_DIR
  if (!dir) throw new Error('MAIL_DIR is not set: run the end-to-end tests through `npm test` or `npm run test:e2e`.')
  return dir
}

// ------------------------------------------------------------------ a small MIME reader

function splitHead(raw: string): [Record<string, string>, string] {
  const at = raw.search(/\r?\n\r?\n/)
  const head = at === -1 ? raw : raw.slice(0, at)
  const body = at === -1 ? '' : raw.slice(at).replace(/^\r?\n\r?\n/, '')
  const headers: Record<string, string> = {}
  for (const line of head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':')
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim()
  }
  return [headers, body]
}

function decodeWords(value: string) {
  return value.replace(/=\?([^?]+)\?([QqBb])\?([^?]*)\?=\s*/g, (_m, _charset, enc: string, text: string) =>
    enc.toUpperCase() === 'B'
      ? Buffer.from(text, 'base64').toString('utf8')
      : Buffer.from(text.replace(/_/g, ' ').replace(/=([0-9A-F]{2})/gi, (_x, h: string) => String.fromCharCode(parseInt(h, 16))), 'latin1').toString('utf8'),
  )
}

function decodeBody(body: string, encoding = '') {
  switch (encoding.toLowerCase()) {
    case 'quoted-printable': {
      const bytes = body.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/gi, (_m, h: string) => String.fromCharCode(parseInt(h, 16)))
      return Buffer.from(bytes, 'latin1').toString('utf8')
    }
    case 'base64':
      return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8')
    default:
      return body
  }
}

function collectParts(headers: Record<string, string>, body: string, out: { text: string; html: string }) {
  const type = headers['content-type'] ?? 'text/plain'
  const boundary = /boundary="?([^";]+)"?/i.exec(type)?.[1]
  if (/^multipart\//i.test(type) && boundary) {
    for (const chunk of body.split(`--${boundary}`).slice(1)) {
      if (chunk.startsWith('--')) break
      const [h, b] = splitHead(chunk.replace(/^\r?\n/, ''))
      collectParts(h, b, out)
    }
    return
  }
  const decoded = decodeBody(body, headers['content-transfer-encoding'])
  if (/^text\/html/i.test(type)) out.html ||= decoded
  else if (/^text\/plain/i.test(type)) out.text ||= decoded
}

export function parseMail(raw: string, file = ''): ReceivedMail {
  const [headers, body] = splitHead(raw)
  const parts = { text: '', html: '' }
  collectParts(headers, body, parts)
  const to = (headers['to'] ?? '').split(',').map((a) => (/<([^>]+)>/.exec(a)?.[1] ?? a).trim().toLowerCase()).filter(Boolean)
  const links = [...parts.text.matchAll(/https?:\/\/[^\s<>"]+/g)].map((m) => m[0])
  return { file, headers, to, subject: decodeWords(headers['subject'] ?? ''), text: parts.text, html: parts.html, links }
}

// ------------------------------------------------------------------ what specs use

/** Every message received so far, oldest first. */
export function allMail(): ReceivedMail[] {
  const dir = mailDir()
  if (!fs.existsSync(dir)) return []
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.eml'))
    .sort()
    .map((f) => parseMail(fs.readFileSync(path.join(dir, f), 'utf8'), f))
}

export const mailTo = (address: string) => allMail().filter((m) => m.to.includes(address.toLowerCase()))

/** Waits for the `count`-th message to `address` (1 = the first) and returns it. */
export async function waitForMail(address: string, { count = 1, timeout = 15_000 }: { count?: number; timeout?: number } = {}): Promise<ReceivedMail> {
  const deadline = Date.now() + timeout
  for (;;) {
    const found = mailTo(address)
    if (found.length >= count) return found[count - 1]!
    if (Date.now() > deadline) throw new Error(`No email number ${count} to ${address} arrived within ${timeout} ms (found ${found.length}).`)
    await new Promise((r) => setTimeout(r, 200))
  }
}

/** The first link in a message whose path starts with `pathPrefix`, as a path the test browser can open. */
export function linkIn(mail: ReceivedMail, pathPrefix: string): string {
  const link = mail.links.find((l) => new URL(l).pathname.startsWith(pathPrefix))
  if (!link) throw new Error(`No link to ${pathPrefix} in "${mail.subject}":\n${mail.text}`)
  const url = new URL(link)
  return url.pathname + url.search
}
