'use client'

import { useRouter } from 'next/navigation'

/**
 * Client navigation for the plain links inside a dashboard list and its pager: one component
 * and one click handler, where a `next/link` per row made the server render 25 to 50 client
 * components on every visit (and, unless told not to, prefetch every row's page). A click that
 * should go to the browser (a modifier or middle button, a link to the public site, a new tab,
 * a download) does; without JavaScript every link is an ordinary one.
 */
export function ListLinks({ as: Tag = 'div', className, label, children }: { as?: 'div' | 'nav'; className?: string; label?: string; children: React.ReactNode }) {
  const router = useRouter()
  return (
    <Tag
      className={className}
      aria-label={label}
      onClick={(event) => {
        if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return
        const link = event.target instanceof Element ? event.target.closest('a[href]') : null
        if (!(link instanceof HTMLAnchorElement) || (link.target && link.target !== '_self') || link.hasAttribute('download')) return
        // The public site is a full page load: its pages go out without the dashboard's scripts.
        if (link.origin !== window.location.origin || !/^\/admin(\/|$)/.test(link.pathname)) return
        event.preventDefault()
        router.push(`${link.pathname}${link.search}${link.hash}`)
      }}
    >
      {children}
    </Tag>
  )
}
