import Link from 'next/link'
import { requireStaffPage } from '@/lib/auth'
import { roleLabel } from '@/lib/permissions'
import { SignOutButton } from './sign-out-button'

/** Dashboard chrome. Signed-out visitors are sent to /login; every page below re-checks in lib/data. */
export async function AdminShell({ children }: { children: React.ReactNode }) {
  const actor = await requireStaffPage()
  return (
    <div className="min-h-screen">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:bg-paper focus:px-4 focus:py-2">
        Skip to content
      </a>
      <header className="border-b border-rule bg-panel">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
          <div className="flex items-center gap-6">
            <Link href="/admin" className="font-serif text-xl font-black">
              Broadside
            </Link>
            <nav aria-label="Dashboard">
              <ul className="flex flex-wrap gap-4 text-sm font-semibold">
                <li>
                  <Link href="/admin">Articles</Link>
                </li>
                <li>
                  <Link href="/admin/articles/new">New article</Link>
                </li>
                <li>
                  <Link href="/">View site</Link>
                </li>
              </ul>
            </nav>
          </div>
          <div className="flex items-center gap-3 text-sm">
            <span>
              {actor.name} <span className="text-muted">({roleLabel[actor.role]})</span>
            </span>
            <SignOutButton />
          </div>
        </div>
      </header>
      <main id="main" className="mx-auto max-w-6xl px-4 py-8">
        {children}
      </main>
    </div>
  )
}
