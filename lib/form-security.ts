import 'server-only'
// The public membership forms' defences and memory: the signer bound to NEXTAUTH_SECRET, the
// short-lived form token, and the sealed cookie that carries a refused form back to its page.
import { env } from '@/lib/env'
import { createSigner, type Signer } from '@/lib/signing'
import type { FieldErrors, JoinValues, NewsletterValues } from '@/lib/validation/member'

let signer: Signer | undefined

export function getSigner(): Signer {
  if (!env.NEXTAUTH_SECRET) throw new Error('NEXTAUTH_SECRET is not set; npm start and npm test set it, production must.')
  return (signer ??= createSigner(env.NEXTAUTH_SECRET))
}

export type PublicForm = 'join' | 'newsletter'

/** How long a rendered form may wait before it is sent. */
export const FORM_TOKEN_MAX_AGE_SECONDS = 60 * 60

export const issueFormToken = (form: PublicForm) => getSigner().issueFormToken(form)
export const checkFormToken = (form: PublicForm, token: string | null) => getSigner().checkFormToken(form, token, FORM_TOKEN_MAX_AGE_SECONDS)

// ------------------------------------------------------------------ refused forms

export const FLASH_COOKIE = 'broadside-form'
const FLASH_MAX_AGE_SECONDS = 15 * 60

export type Flash =
  | { id: string; form: 'join'; values: JoinValues; fieldErrors: FieldErrors; message?: string }
  | { id: string; form: 'newsletter'; values: NewsletterValues; fieldErrors: FieldErrors; message?: string; confirm?: boolean }

/** The cookie that carries what was typed (encrypted: it holds a name, an email and a postcode). */
export function flashCookie(flash: Flash) {
  return {
    name: FLASH_COOKIE,
    value: getSigner().seal(flash),
    httpOnly: true,
    sameSite: 'lax' as const,
    secure: env.SITE_URL.startsWith('https://'),
    path: '/',
    maxAge: FLASH_MAX_AGE_SECONDS,
  }
}

/**
 * The refused form to show again, if the cookie belongs to this form and to this page's `retry`
 * id: a later visit to the bare page starts clean, while a reload of the error page keeps it.
 */
export function readFlash<F extends Flash['form']>(cookieValue: string | undefined, form: F, retryId: string | undefined) {
  if (!cookieValue || !retryId) return null
  const flash = getSigner().unseal<Flash>(cookieValue)
  if (!flash || flash.form !== form || flash.id !== retryId) return null
  return flash as Extract<Flash, { form: F }>
}
