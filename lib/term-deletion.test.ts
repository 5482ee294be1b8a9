import { describe, expect, it } from 'vitest'
import { authorDeletionEffects, authorDeletionRefusal, describeArticles, sectionDeletionEffects, tagDeletionEffects } from './term-deletion'

describe('what deleting a term says it will do', () => {
  it('counts articles, and how many of them are live', () => {
    expect(describeArticles(1, 1)).toBe('1 published article')
    expect(describeArticles(12, 12)).toBe('12 published articles')
    expect(describeArticles(12, 9)).toBe('12 articles, 9 of them published')
    expect(describeArticles(3, 0)).toBe('3 articles, none published')
    expect(describeArticles(1, 0)).toBe('1 article, none published')
    expect(describeArticles(1200, 1)).toBe('1,200 articles, 1 of them published')
  })

  it('a tag: removed from its articles, which stay; its page and feed go, and so do its redirects', () => {
    expect(tagDeletionEffects({ slug: 'buses', articles: 12, published: 9, oldSlugs: ['coaches', 'bus'] })).toEqual([
      'This tag is on 12 articles, 9 of them published; deleting it removes it from them. The articles stay, with their other tags.',
      'Its page, /tag/buses, and its RSS feed answer “not found” from then on.',
      'Its old addresses /tag/coaches, /tag/bus stop redirecting here.',
    ])
    expect(tagDeletionEffects({ slug: 'buses', articles: 1, published: 0, oldSlugs: [] })[0]).toBe(
      'This tag is on 1 article, none published; deleting it removes it from that article. The article stays, with its other tags.',
    )
    expect(tagDeletionEffects({ slug: 'buses', articles: 0, published: 0, oldSlugs: [] })).toEqual([
      'No article carries this tag.',
      'Its page, /tag/buses, and its RSS feed answer “not found” from then on.',
    ])
  })

  it('a section: its articles are left with no section, and it leaves the navigation', () => {
    const effects = sectionDeletionEffects({ slug: 'cultre', articles: 2, published: 1, oldSlugs: ['culture-old'] })
    expect(effects[0]).toBe('This section has 2 articles, 1 of them published; deleting it leaves them with no section. The articles stay otherwise as they are, and published ones stay live.')
    expect(effects[1]).toContain('leaves the Sections navigation')
    expect(effects[1]).toContain('/section/cultre')
    expect(effects[2]).toBe('Its old address /section/culture-old stops redirecting here.')
    expect(sectionDeletionEffects({ slug: 'x', articles: 1, published: 1, oldSlugs: [] })[0]).toBe(
      'This section has 1 published article; deleting it leaves that article with no section. Otherwise it stays as it is, and stays live.',
    )
    expect(sectionDeletionEffects({ slug: 'x', articles: 0, published: 0, oldSlugs: [] })[0]).toBe('No article is in this section.')
  })

  it('an author on a byline, or a staff member’s, is never deleted; a guest on no byline is', () => {
    expect(authorDeletionRefusal({ staffName: null, articles: 0, published: 0 })).toBeNull()
    expect(authorDeletionRefusal({ staffName: null, articles: 3, published: 2 })).toMatch(/^It is on the byline of 3 articles, 2 of them published, and deleting it would change who those pieces say wrote them\./)
    expect(authorDeletionRefusal({ staffName: null, articles: 1, published: 1 })).toMatch(/^It is on the byline of 1 published article, and deleting it would change who that piece says wrote it\./)
    // The staff account is the reason given, even when there are bylines too: reassigning them would not be enough.
    expect(authorDeletionRefusal({ staffName: 'Ed Itor', articles: 5, published: 5 })).toMatch(/^It is the byline of a staff account \(Ed Itor\): a staff member’s byline belongs to their account/)
    expect(authorDeletionRefusal({ staffName: 'Ed Itor', articles: 0, published: 0 })).not.toBeNull()
    expect(authorDeletionEffects({ slug: 'guest', articles: 0, published: 0, oldSlugs: [] })[1]).toBe(
      'Its page, /author/guest, and its RSS feed answer “not found”, and the article editor no longer offers it.',
    )
  })
})
