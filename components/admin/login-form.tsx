'use client'

import { signIn } from 'next-auth/react'
import { useId, useState } from 'react'

export function LoginForm({ callbackUrl }: { callbackUrl: string }) {
  const [error, setError] = useState<string | null>(null)
  const [pending, setPending] = useState(false)
  const uid = useId()

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault()
    setPending(true)
    setError(null)
    const form = new FormData(event.currentTarget)
    const result = await signIn('credentials', {
      email: String(form.get('email') ?? ''),
      password: String(form.get('password') ?? ''),
      redirect: false,
    }).catch(() => null)
    if (result?.ok && !result.error) {
      window.location.assign(callbackUrl)
      return
    }
    setPending(false)
    setError(
      result?.status === 429 || result?.error?.startsWith('Too many')
        ? (result?.error ?? 'Too many attempts. Wait a few minutes and try again.')
        : result
          ? 'That email and password do not match an active staff account.'
          : 'Could not reach the server. Check your connection and try again.',
    )
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      {error ? (
        <p role="alert" className="rounded-sm border border-accent bg-panel p-3 text-sm">
          {error}
        </p>
      ) : null}
      <div>
        <label htmlFor={`${uid}-email`} className="block text-sm font-semibold">
          Email
        </label>
        <input id={`${uid}-email`} name="email" type="email" autoComplete="username" required className="mt-1 w-full rounded-sm border border-rule bg-paper px-3 py-2" />
      </div>
      <div>
        <label htmlFor={`${uid}-password`} className="block text-sm font-semibold">
          Password
        </label>
        <input
          id={`${uid}-password`}
          name="password"
          type="password"
          autoComplete="current-password"
          required
          className="mt-1 w-full rounded-sm border border-rule bg-paper px-3 py-2"
        />
      </div>
      <button type="submit" disabled={pending} className="w-full rounded-sm bg-ink px-4 py-2 font-semibold text-paper disabled:opacity-60">
        {pending ? 'Signing in…' : 'Sign in'}
      </button>
    </form>
  )
}
