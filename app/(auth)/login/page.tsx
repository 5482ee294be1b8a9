import type { Metadata } from 'next'
import Link from 'next/link'
import { LoginForm } from '@/components/admin/login-form'

export const metadata: Metadata = { title: 'Staff sign-in', robots: { index: false } }

export default function LoginPage() {
  return (
    <main id="main" className="mx-auto max-w-sm px-4 py-16">
      <Link href="/" className="font-serif text-3xl font-black">
        Broadside
      </Link>
      <h1 className="mt-6 mb-4 text-xl font-bold">Staff sign-in</h1>
      <LoginForm callbackUrl="/admin" />
    </main>
  )
}
