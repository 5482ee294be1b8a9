// Prisma compares `contains`, `startsWith` and `equals` with `mode: 'insensitive'` using
// PostgreSQL's LIKE/ILIKE and passes the text through unescaped (prisma/prisma#10810), so a `%`
// or `_` someone types would match anything. Every such value typed by a person goes through
// `likeText` first: its `\`, `%` and `_` then match only themselves.
export const likeText = (text: string) => text.replace(/[\\%_]/g, '\\$&')
