'use client'

import { useEffect } from 'react'
import { useRouter } from 'next/navigation'

// While a page holds unsaved work (useLeavePrompt), links are left to the browser: a full page
// load meets the page's beforeunload prompt, where a client navigation would leave without it.
let unsavedPages = 0

/**
 * Client navigation for the dashboard's links, which are plain anchors: one component and one
 * click handler around the whole dashboard (components/admin/admin-shell.tsx), where a
 * `next/link` per link made the server render a client component for each on every visit (25
 * to 50 in a list) and the browser prefetch every page they named. A click that should go to the
 * browser (a modifier or middle button, a new tab, a download, a link to the public site or
 * within the page, unsaved work to ask about) does; without JavaScript every link is an ordinary one.
 */
export function DashboardLinks({ className, children }: { className?: string; children: React.ReactNode }) {
  const router = useRouter()
  return (
    <div
      className={className}
      onClick={(event) => {
        if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || unsavedPages > 0) return
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

/** While `active`, leaving the page (closing it, reloading, or any link) asks first. */
export function useLeavePrompt(active: boolean) {
  useEffect(() => {
    if (!active) return
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault()
      event.returnValue = ''
    }
    window.addEventListener('beforeunload', onBeforeUnload)
    unsavedPages += 1
    return () => {
      window.removeEventListener('beforeunload', onBeforeUnload)
      unsavedPages -= 1
    }
  }, [active])
}
