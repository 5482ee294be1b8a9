import type { Metadata } from 'next'
import './admin.css'
import { AdminShell } from '@/components/admin/admin-shell'
import { requireStaffPage } from '@/lib/auth'
import { getSiteSettings } from '@/lib/data/settings'

export async function generateMetadata(): Promise<Metadata> {
  const { siteName } = await getSiteSettings()
  return { title: { default: 'Dashboard', template: `%s · ${siteName} dashboard` }, robots: { index: false } }
}

// The dashboard renders per request, all of it: it is private, and its scripts carry the
// request's CSP nonce, which a prerendered shell could not. Signed-out visitors get a real redirect.
export const instant = false

export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const [actor, { siteName }] = await Promise.all([requireStaffPage(), getSiteSettings()])
  return (
    <AdminShell actor={actor} siteName={siteName}>
      {children}
    </AdminShell>
  )
}
