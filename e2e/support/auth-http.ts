import type { APIRequestContext } from '@playwright/test'

/** Signs in over plain HTTP, the way next-auth's client does, from the IP a trusted proxy reports. */
export async function postCredentials(request: APIRequestContext, email: string, password: string, forwardedFor?: string) {
  const headers: Record<string, string> = forwardedFor ? { 'X-Forwarded-For': forwardedFor } : {}
  const csrf = await request.get('/api/auth/csrf', { headers })
  const { csrfToken } = (await csrf.json()) as { csrfToken: string }
  return request.post('/api/auth/callback/credentials', {
    form: { email, password, csrfToken, json: 'true', callbackUrl: '/admin' },
    headers,
    maxRedirects: 0,
  })
}
