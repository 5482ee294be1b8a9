// URL checks shared by the editor (in the browser) and the server; no dependencies, so both can import it.

/** True for a URL a reader may follow: http(s), mailto, or a path on this site. */
export function isSafeHref(href: string): boolean {
  if (typeof href !== 'string') return false
  const value = href.trim()
  if (!value || value.length > 2000) return false
  // Site-relative paths only: "//host" is protocol-relative and "\" is read as "/" by browsers.
  if (/^\/(?!\/)/.test(value)) return !/[\u0000-\u001f\u007f\\]/.test(value)
  // Browsers strip tabs and newlines inside schemes ("java\tscript:"); refuse anything with control characters.
  if (/[\u0000-\u001f\u007f]/.test(value)) return false
  try {
    const url = new URL(value)
    return ['http:', 'https:', 'mailto:'].includes(url.protocol)
  } catch {
    return false
  }
}

/** Why an href was refused, in words an editor can act on; null when it is fine. */
export function hrefProblem(href: string): string | null {
  if (!href.trim()) return 'Type or paste the address the link should go to.'
  if (isSafeHref(href)) return null
  return 'Links must start with https://, http://, mailto: or / (a page on this site).'
}
