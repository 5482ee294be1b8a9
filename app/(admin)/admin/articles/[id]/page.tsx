import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { ArticleEditor } from '@/components/admin/article-editor'
import { StatusBadge } from '@/components/admin/status-badge'
import { getArticleForEditing } from '@/lib/data/article-editing'
import { getArticleFormOptions } from '@/lib/data/taxonomy'
import { getSiteSettings } from '@/lib/data/settings'
import { env } from '@/lib/env'
import { formatDateTime } from '@/lib/format'
import { slugify } from '@/lib/slug'
import { publishArticle, unpublishArticle } from '../actions'

export const metadata: Metadata = { title: 'Edit article' }

const notices: Record<string, { text: string; ok: boolean }> = {
  created: { text: 'Draft created.', ok: true },
  published: { text: 'Published. It is live now.', ok: true },
  unpublished: { text: 'Unpublished. Readers can no longer see it.', ok: true },
  forbidden: { text: 'You do not have permission to do that.', ok: false },
  missing: { text: 'That article no longer exists.', ok: false },
  failed: { text: 'Something went wrong and nothing changed. Try again in a moment.', ok: false },
}

const dateInput = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : '')

export default async function EditArticlePage({ params, searchParams }: PageProps<'/admin/articles/[id]'>) {
  const { id } = await params
  const { notice } = await searchParams
  const [article, options, settings] = await Promise.all([getArticleForEditing(id), getArticleFormOptions(), getSiteSettings()])
  if (!article) notFound()
  const message = typeof notice === 'string' ? notices[notice] : undefined
  const base = slugify(article.headline)
  // A never-published draft whose slug still follows its headline keeps following it.
  const slugAuto = !article.publishedAt && (article.slug === base || new RegExp(`^${base}-\\d+$`).test(article.slug))

  return (
    <>
      <div className="mb-4 flex flex-wrap items-center justify-between gap-4">
        <div>
          <h1 className="text-2xl font-bold">Edit article</h1>
          <p className="mt-1 flex flex-wrap items-center gap-2 text-sm">
            <StatusBadge status={article.status} />
            <span className="text-muted">
              Last edited {formatDateTime(article.updatedAt)}
              {article.lastEditedBy ? ` by ${article.lastEditedBy.name}` : ''}
            </span>
            {article.status === 'PUBLISHED' ? (
              <Link href={`/article/${article.slug}`} className="underline">
                View on the site
              </Link>
            ) : null}
          </p>
        </div>
        {article.canPublish ? (
          <div className="flex gap-2">
            {article.status !== 'PUBLISHED' ? (
              <form action={publishArticle}>
                <input type="hidden" name="articleId" value={article.id} />
                <button className="rounded-sm bg-accent px-4 py-2 font-semibold text-accent-ink">Publish</button>
              </form>
            ) : (
              <form action={unpublishArticle}>
                <input type="hidden" name="articleId" value={article.id} />
                <button className="rounded-sm border border-ink px-4 py-2 font-semibold">Unpublish</button>
              </form>
            )}
          </div>
        ) : null}
      </div>
      {message ? (
        <p role={message.ok ? 'status' : 'alert'} className={`mb-4 rounded-sm border p-3 text-sm ${message.ok ? 'border-green-700' : 'border-accent'}`}>
          {message.text}
        </p>
      ) : null}
      <ArticleEditor
        readOnly={!article.canEdit}
        initial={{
          id: article.id,
          version: article.version,
          headline: article.headline,
          slug: article.slug,
          slugAuto,
          standfirst: article.standfirst,
          body: article.bodyJson,
          sectionId: article.sectionId ?? '',
          authors: article.authors.map((a) => ({ id: a.authorId, name: a.author.name, guest: !a.author.userId })),
          tags: article.tags.map((t) => t.tag.name),
          hero: article.hero ? { id: article.hero.id, src: article.hero.src, alt: article.hero.alt, width: article.hero.width, height: article.hero.height, credit: article.hero.credit } : null,
          showBeforeYouGo: article.showBeforeYouGo,
          seoTitle: article.seoTitle,
          seoDescription: article.seoDescription,
          correction: article.correction,
          correctionAt: dateInput(article.correctionAt),
        }}
        sections={options.sections}
        authors={options.authors}
        tags={options.tags.map((t) => t.name)}
        siteUrl={env.SITE_URL}
        siteName={settings.siteName}
      />
    </>
  )
}
