import type { Metadata } from 'next'
import { Suspense } from 'react'
import { AdminShell } from '@/components/admin/admin-shell'

export const metadata: Metadata = { title: { default: 'Dashboard', template: '%s · Broadside dashboard' }, robots: { index: false } }

export default function AdminLayout({ children }: { children: React.ReactNode }) {
  return (
    <Suspense fallback={<p className="p-8 text-muted">Loading the dashboard…</p>}>
      <AdminShell>{children}</AdminShell>
    </Suspense>
  )
}
