// HMAC-signed tokens and sealed (encrypted) values. Pure: the caller passes the secret,
// so unit tests can exercise it and lib/form-security.ts binds it to NEXTAUTH_SECRET.
import { createCipheriv, createDecipheriv, createHash, createHmac, hkdfSync, randomBytes, timingSafeEqual } from 'node:crypto'

const b64 = (buf: Buffer) => buf.toString('base64url')

/** SHA-256 of a token, hex: what the database keeps instead of the token itself. */
export const sha256 = (value: string) => createHash('sha256').update(value).digest('hex')

/** A random, URL-safe token of 32 bytes. */
export const randomToken = () => b64(randomBytes(32))

function safeEqual(a: string, b: string) {
  const x = Buffer.from(a)
  const y = Buffer.from(b)
  return x.length === y.length && timingSafeEqual(x, y)
}

export type FormTokenCheck = { ok: true } | { ok: false; reason: 'missing' | 'invalid' | 'expired' }

export function createSigner(secret: string) {
  if (!secret || secret.length < 16) throw new Error('A signing secret of at least 16 characters is required (NEXTAUTH_SECRET).')
  // Separate keys per use, so a signature made for one purpose is never valid for another.
  const key = (label: string) => Buffer.from(hkdfSync('sha256', secret, 'broadside', label, 32))
  const macKey = key('hmac')
  const sealKey = key('seal')

  const mac = (purpose: string, value: string) => b64(createHmac('sha256', macKey).update(`${purpose}\n${value}`).digest())

  return {
    sign: mac,
    verify: (purpose: string, value: string, signature: string) => safeEqual(mac(purpose, value), signature),

    /** A token proving a form was rendered by this site at `now`; checked on submit. */
    issueFormToken(form: string, now = Date.now()) {
      const issued = String(Math.floor(now / 1000))
      return `${issued}.${mac(`form:${form}`, issued)}`
    },
    checkFormToken(form: string, token: string | null | undefined, maxAgeSeconds: number, now = Date.now()): FormTokenCheck {
      if (!token) return { ok: false, reason: 'missing' }
      const [issued = '', signature = '', extra] = token.split('.')
      if (extra !== undefined || !/^\d{1,12}$/.test(issued) || !safeEqual(mac(`form:${form}`, issued), signature)) return { ok: false, reason: 'invalid' }
      const age = Math.floor(now / 1000) - Number(issued)
      if (age < -60) return { ok: false, reason: 'invalid' }
      if (age > maxAgeSeconds) return { ok: false, reason: 'expired' }
      return { ok: true }
    },

    /** A signature for a link about one member (unsubscribe, delete, welcome), optionally expiring. */
    signLink(purpose: string, id: string, expiresAt?: Date) {
      const exp = expiresAt ? String(Math.floor(expiresAt.getTime() / 1000)) : ''
      const signature = mac(`link:${purpose}`, `${id}\n${exp}`)
      return exp ? `${exp}.${signature}` : signature
    },
    verifyLink(purpose: string, id: string, token: string | null | undefined, now = Date.now()) {
      if (!id || !token) return false
      const parts = token.split('.')
      const [exp, signature] = parts.length === 2 ? parts : ['', parts[0] ?? '']
      if (parts.length > 2 || (exp && !/^\d{1,12}$/.test(exp))) return false
      if (!safeEqual(mac(`link:${purpose}`, `${id}\n${exp}`), signature!)) return false
      return !exp || Number(exp) * 1000 > now
    },

    /** Authenticated encryption (AES-256-GCM) of a small JSON value, for a short-lived cookie. */
    seal(value: unknown) {
      const iv = randomBytes(12)
      const cipher = createCipheriv('aes-256-gcm', sealKey, iv)
      const body = Buffer.concat([cipher.update(JSON.stringify(value), 'utf8'), cipher.final()])
      return b64(Buffer.concat([iv, cipher.getAuthTag(), body]))
    },
    unseal<T = unknown>(sealed: string | null | undefined): T | null {
      if (!sealed) return null
      try {
        const raw = Buffer.from(sealed, 'base64url')
        if (raw.length < 29) return null
        const decipher = createDecipheriv('aes-256-gcm', sealKey, raw.subarray(0, 12))
        decipher.setAuthTag(raw.subarray(12, 28))
        const text = Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8')
        return JSON.parse(text) as T
      } catch {
        return null
      }
    },
  }
}

export type Signer = ReturnType<typeof createSigner>
