
/** Links between the membership pages of the dashboard. */
export function MembersNav({ canManage }: { canManage: boolean }) {
  const links = [
    { href: '/admin/members', label: 'All members' },
    { href: '/admin/members/sources', label: 'Sign-ups by article' },
    ...(canManage ? [{ href: '/admin/members/tiers', label: 'Tiers' }] : []),
    { href: '/admin/outbox', label: 'Outbox' },
  ]
  return (
    <nav aria-label="Membership" className="mb-6 flex flex-wrap gap-x-4 gap-y-1 border-b border-rule pb-3 text-sm font-semibold">
      {links.map((l) => (
        <a key={l.href} href={l.href} className="underline">
          {l.label}
        </a>
      ))}
    </nav>
  )
}
