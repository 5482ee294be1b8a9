import 'server-only'
import { z } from 'zod'

// Environment, read and validated once. Nothing else reads process.env.
const schema = z.object({
  DATABASE_URL: z.string().min(1, 'DATABASE_URL is required (npm start sets it for the embedded database)'),
  PORT: z.coerce.number().int().positive().default(3000),
  SITE_URL: z.string().url().optional(),
  NEXTAUTH_SECRET: z.string().min(16).optional(),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  SMTP_URL: z.string().optional(),
  // Unset: the site's name (a setting) at no-reply@broadside.test (lib/mail/transport.ts).
  MAIL_FROM: z.string().optional(),
  UPLOAD_DIR: z.string().default('.data/uploads'),
  /** Header holding the client IP, set by a proxy you trust (e.g. x-forwarded-for, x-real-ip). Unset: no header is believed. */
  TRUSTED_PROXY_HEADER: z.string().optional(),
  /** How many proxies append to X-Forwarded-For in front of the app. */
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(1).default(1),
})

const parsed = schema.safeParse(process.env)
if (!parsed.success) {
  throw new Error(`Invalid environment: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`)
}

const raw = parsed.data

export const env = {
  ...raw,
  SITE_URL: (raw.SITE_URL ?? `http://localhost:${raw.PORT}`).replace(/\/$/, ''),
  isProduction: raw.NODE_ENV === 'production',
}
