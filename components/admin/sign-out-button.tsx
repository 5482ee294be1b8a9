'use client'

import { signOut } from 'next-auth/react'

export function SignOutButton() {
  return (
    <button type="button" onClick={() => signOut({ callbackUrl: '/login' })} className="rounded-sm border border-rule px-3 py-1 hover:border-ink">
      Sign out
    </button>
  )
}
