'use client'

import { useRouter } from 'next/navigation'

/**
 * Client navigation for the dashboard's links, which are plain anchors: one component and one
 * click handler around the whole dashboard (components/admin/admin-shell.tsx), where a
 * `next/link` per link made the server render a client component for each on every visit (25
 * to 50 in a list) and the browser prefetch every page they named. A click that should go to the
 * browser (a modifier or middle button, a new tab, a download, a link to the public site or
 * within the page) does; without JavaScript every link is an ordinary one. Leaving the article
 * editor this way is not a page unload, so it asks nothing: the editor keeps what is unsaved on
 * the device and offers it back (article-editor.tsx).
 */
export function DashboardLinks({ className, children }: { className?: string; children: React.ReactNode }) {
  const router = useRouter()
  return (
    <div
      className={className}
      onClick={(event) => {
        if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return
        const link = event.target instanceof Element ? event.target.closest('a[href]') : null
        if (!(link instanceof HTMLAnchorElement) || (link.target && link.target !== '_self') || link.hasAttribute('download')) return
        // The public site is a full page load: its pages go out without the dashboard's scripts.
        if (link.origin !== window.location.origin || !/^\/admin(\/|$)/.test(link.pathname)) return
        // A link within the page (the skip link) moves focus there, as the browser does it.
        if (link.hash && link.pathname === window.location.pathname && link.search === window.location.search) return
        event.preventDefault()
        router.push(`${link.pathname}${link.search}${link.hash}`)
      }}
    >
      {children}
    </div>
  )
}
