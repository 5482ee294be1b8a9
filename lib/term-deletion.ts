// What deleting a tag, a section or an author does, in the words the confirmation page uses.
// Pure, so the wording and its counts are tested beside it (term-deletion.test.ts).

/** What the confirmation page knows about the term and the articles under it. */
export type TermDeletionCounts = {
  slug: string
  /** Articles of any status carrying it. */
  articles: number
  /** Of those, the ones live now. */
  published: number
  /** Old slugs that redirect to it (from renames and merges). */
  oldSlugs: string[]
}

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`

/** "12 articles, 9 of them published", "1 published article", "3 articles, none published". */
export function describeArticles(total: number, published: number): string {
  if (published === total) return plural(total, 'published article')
  if (published === 0) return `${plural(total, 'article')}, none published`
  return `${plural(total, 'article')}, ${published.toLocaleString('en-GB')} of them published`
}

function redirectsLine(kind: string, oldSlugs: string[]): string[] {
  if (!oldSlugs.length) return []
  const list = oldSlugs.map((s) => `/${kind}/${s}`).join(', ')
  return [oldSlugs.length === 1 ? `Its old address ${list} stops redirecting here.` : `Its old addresses ${list} stop redirecting here.`]
}

/** The consequences of deleting a tag, one sentence each. */
export function tagDeletionEffects(t: TermDeletionCounts): string[] {
  return [
    t.articles === 1
      ? `This tag is on ${describeArticles(1, t.published)}; deleting it removes it from that article. The article stays, with its other tags.`
      : t.articles
        ? `This tag is on ${describeArticles(t.articles, t.published)}; deleting it removes it from them. The articles stay, with their other tags.`
        : 'No article carries this tag.',
    `Its page, /tag/${t.slug}, and its RSS feed answer “not found” from then on.`,
    ...redirectsLine('tag', t.oldSlugs),
  ]
}

/** The consequences of deleting a section, one sentence each. */
export function sectionDeletionEffects(s: TermDeletionCounts): string[] {
  return [
    s.articles === 1
      ? `This section has ${describeArticles(1, s.published)}; deleting it leaves that article with no section. Otherwise it stays as it is${s.published ? ', and stays live' : ''}.`
      : s.articles
        ? `This section has ${describeArticles(s.articles, s.published)}; deleting it leaves them with no section. The articles stay otherwise as they are, and published ones stay live.`
        : 'No article is in this section.',
    `It leaves the Sections navigation on every page, and its page, /section/${s.slug}, and its RSS feed answer “not found” from then on.`,
    ...redirectsLine('section', s.oldSlugs),
  ]
}

/** The consequences of deleting an author that nothing refuses (no byline, no staff account). */
export function authorDeletionEffects(a: TermDeletionCounts): string[] {
  return [
    'No article has this author on its byline.',
    `Its page, /author/${a.slug}, and its RSS feed answer “not found”, and the article editor no longer offers it.`,
    ...redirectsLine('author', a.oldSlugs),
  ]
}

/**
 * Why an author may not be deleted, or null when it may. Bylines are never removed for the
 * editor: taking a name off a piece changes who it says wrote it, so each piece's byline is
 * changed by hand first. A staff member's byline belongs to their account for as long as the
 * account exists (accounts are deactivated, never deleted, and their pieces keep the byline).
 */
export function authorDeletionRefusal(a: { staffName: string | null; articles: number; published: number }): string | null {
  if (a.staffName !== null)
    return `It is the byline of a staff account (${a.staffName}): a staff member’s byline belongs to their account, and stays on the pieces they wrote for as long as the account exists (an account is deactivated, never deleted). To change how it reads, rename the author or edit the bio.`
  if (a.articles === 1)
    return `It is on the byline of ${describeArticles(1, a.published)}, and deleting it would change who that piece says wrote it. Open the piece, put the right author on its byline and save; an author on no byline can then be deleted.`
  if (a.articles)
    return `It is on the byline of ${describeArticles(a.articles, a.published)}, and deleting it would change who those pieces say wrote them. Open each piece, put the right author on its byline and save; an author on no byline can then be deleted.`
  return null
}
