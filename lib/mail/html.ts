// A plain layout for HTML email. Everything a visitor typed goes through escapeHtml
// (lib/escape-html.ts) before it is handed to it.
import { escapeHtml } from '@/lib/escape-html'


/** A paragraph list and footer in a single column that every mail client renders. */
export function emailHtml(parts: { paragraphs: string[]; button?: { href: string; label: string }; footer: string[] }) {
  const p = (html: string) => `<p style="margin:0 0 16px;font:16px/1.5 Georgia,serif;color:#1a1a1a">${html}</p>`
  const button = parts.button
    ? `<p style="margin:24px 0"><a href="${escapeHtml(parts.button.href)}" style="background:#b3001b;color:#ffffff;padding:12px 20px;text-decoration:none;font:bold 16px Arial,sans-serif;border-radius:2px">${escapeHtml(parts.button.label)}</a></p>`
    : ''
  const footer = parts.footer.map((f) => `<p style="margin:0 0 8px;font:13px/1.4 Arial,sans-serif;color:#555049">${f}</p>`).join('')
  return `<!doctype html><html lang="en-GB"><body style="margin:0;padding:24px;background:#fbfaf7"><div style="max-width:560px;margin:0 auto">${parts.paragraphs.map(p).join('')}${button}<hr style="border:0;border-top:1px solid #d9d4cc;margin:24px 0">${footer}</div></body></html>`
}
