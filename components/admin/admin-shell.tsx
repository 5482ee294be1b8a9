import { canManageSettings, canManageStaff, canManageTaxonomy, canReviewArticles, canViewAuditLog, canViewMembers, roleLabel, type Actor } from '@/lib/permissions'
import { DashboardLinks } from './dashboard-links'
import { SignOutButton } from './sign-out-button'

/**
 * Dashboard chrome; every page below re-checks who is asking in lib/data. Its links and its
 * pages' are plain anchors, given client navigation by DashboardLinks (dashboard-links.tsx).
 */
export function AdminShell({ actor, siteName, children }: { actor: Actor; siteName: string; children: React.ReactNode }) {
  return (
    <DashboardLinks className="min-h-screen">
      {/* Not "main", the public site's id, though "View site" is a full page load. */}
      <a href="#dashboard-main" className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:bg-paper focus:px-4 focus:py-2">
        Skip to content
      </a>
      <header className="border-b border-rule bg-panel">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
          <div className="flex items-center gap-6">
            <a href="/admin" className="font-serif text-xl font-black">
              {siteName}
            </a>
            <nav aria-label="Dashboard">
              <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm font-semibold">
                {navFor(actor).map((item) => (
                  <li key={item.href}>
                    <a href={item.href} className="hover:underline">
                      {item.label}
                    </a>
                  </li>
                ))}
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
      <main id="dashboard-main" className="mx-auto max-w-6xl px-4 py-8">
        {children}
      </main>
    </DashboardLinks>
  )
}

/** The dashboard's sections, as far as this person may use them (the pages re-check). */
function navFor(actor: Actor) {
  const items = [
    { href: '/admin', label: 'Articles', show: true },
    { href: '/admin/articles/new', label: 'New article', show: true },
    { href: '/admin/review', label: 'Review queue', show: canReviewArticles(actor) },
    { href: '/admin/media', label: 'Media', show: true },
    { href: '/admin/tags', label: 'Tags', show: canManageTaxonomy(actor) },
    { href: '/admin/sections', label: 'Sections', show: canManageTaxonomy(actor) },
    { href: '/admin/authors', label: 'Authors', show: canManageTaxonomy(actor) },
    { href: '/admin/members', label: 'Members', show: canViewMembers(actor) },
    { href: '/admin/outbox', label: 'Outbox', show: canViewMembers(actor) },
    { href: '/admin/staff', label: 'Staff', show: canManageStaff(actor) },
    { href: '/admin/settings', label: 'Settings', show: canManageSettings(actor) },
    { href: '/admin/audit', label: 'Audit log', show: canViewAuditLog(actor) },
    { href: '/admin/account', label: 'Your account', show: true },
    { href: '/', label: 'View site', show: true },
  ]
  return items.filter((i) => i.show)
}
