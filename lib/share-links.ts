// Share links as plain URLs: no third-party script, no tracking pixel, nothing loaded until a reader clicks.

export type ShareLink = { network: string; label: string; href: string }

export function shareLinks(url: string, title: string): ShareLink[] {
  const u = encodeURIComponent(url)
  const t = encodeURIComponent(title)
  const both = encodeURIComponent(`${title} ${url}`)
  return [
    { network: 'email', label: 'Email', href: `mailto:?subject=${t}&body=${both}` },
    { network: 'bluesky', label: 'Bluesky', href: `https://bsky.app/intent/compose?text=${both}` },
    { network: 'x', label: 'X', href: `https://x.com/intent/post?text=${t}&url=${u}` },
    { network: 'facebook', label: 'Facebook', href: `https://www.facebook.com/sharer/sharer.php?u=${u}` },
    { network: 'whatsapp', label: 'WhatsApp', href: `https://wa.me/?text=${both}` },
    { network: 'linkedin', label: 'LinkedIn', href: `https://www.linkedin.com/sharing/share-offsite/?url=${u}` },
  ]
}
