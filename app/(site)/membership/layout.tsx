import type { Metadata } from 'next'

export const metadata: Metadata = { robots: { index: false, follow: false } }

// These pages read the link that brought the visitor (?token, ?m&t) and must arrive complete in the
// first HTML for visitors without JavaScript, so they render per request with no static shell.
export const instant = false

export default function MembershipLayout({ children }: { children: React.ReactNode }) {
  return children
}
