// Cache tag names, built here and nowhere else, so a write invalidates exactly what a read tagged.
export const cacheTags = {
  /** Every list of published articles: home, latest, feeds, sitemap. */
  articleLists: () => 'articles:lists',
  article: (id: string) => `article:${id}`,
  articleSlug: (slug: string) => `article-slug:${slug}`,
  section: (id: string) => `section:${id}`,
  sections: () => 'sections',
  tag: (id: string) => `tag:${id}`,
  tags: () => 'tags',
  author: (id: string) => `author:${id}`,
  authors: () => 'authors',
  media: (id: string) => `media:${id}`,
  settings: () => 'settings',
  tiers: () => 'tiers',
  redirects: () => 'redirects',
} as const
