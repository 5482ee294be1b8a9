import type { Metadata } from 'next'
import { Suspense } from 'react'
import { ActionForm, SubmitButton, TextField } from '@/components/ui/action-form'
import { getSiteSettings } from '@/lib/data/settings'
import { findValidInvite } from '@/lib/data/staff'
import { unusableInvite } from '@/lib/invite-link-check'
import { PASSWORD_MIN } from '@/lib/password-policy'
import { setPassword } from './actions'

export const metadata: Metadata = { title: 'Choose your password', robots: { index: false } }

async function SetPasswordForm({ searchParams }: { searchParams: PageProps<'/set-password'>['searchParams'] }) {
  const { token } = await searchParams
  const invite = typeof token === 'string' ? await findValidInvite(token) : null
  if (!invite) {
    return (
      <p role="alert" className="rounded-sm border border-accent p-3">
        {unusableInvite.title}. {unusableInvite.text}
      </p>
    )
  }
  return (
    <>
      <p className="mb-4">
        Welcome, {invite.user.name}. Choose a password for <strong>{invite.user.email}</strong>.
      </p>
      <ActionForm action={setPassword}>
        <input type="hidden" name="token" value={String(token)} />
        <TextField name="password" label="New password" type="password" autoComplete="new-password" hint={`At least ${PASSWORD_MIN} characters; a few random words work well.`} />
        <TextField name="confirm" label="New password again" type="password" autoComplete="new-password" />
        <SubmitButton pendingText="Saving…">Set password</SubmitButton>
      </ActionForm>
    </>
  )
}

export default async function SetPasswordPage(props: PageProps<'/set-password'>) {
  const { siteName } = await getSiteSettings()
  return (
    <main id="main" className="mx-auto max-w-sm px-4 py-16">
      {/* A plain link: the public site is full page loads, never a client navigation that keeps this page mounted (hidden) beside it. */}
      <a href="/" className="font-serif text-3xl font-black">
        {siteName}
      </a>
      <h1 className="mt-6 mb-4 text-xl font-bold">Choose your password</h1>
      <Suspense fallback={<p>Checking your link…</p>}>
        <SetPasswordForm searchParams={props.searchParams} />
      </Suspense>
    </main>
  )
}
