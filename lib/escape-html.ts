// One HTML escape for every place text is put into markup by hand: article bodies
// (lib/content/render.ts), email (lib/mail/html.ts), membership pages and feed summaries.

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

/** Text as HTML that shows exactly that text, in element content or a quoted attribute. */
export const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (c) => entities[c]!)
