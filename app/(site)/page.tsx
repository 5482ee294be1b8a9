import type { Metadata } from 'next'
import { ArticleCard } from '@/components/site/article-card'
import { JsonLd } from '@/components/site/json-ld'
import { getHomePage } from '@/lib/data/articles'
import { getSiteSettings } from '@/lib/data/settings'
import { formatDate } from '@/lib/format'
import { absoluteUrl, pageMetadata } from '@/lib/seo'
import { webSiteJsonLd } from '@/lib/structured-data'

export async function generateMetadata(): Promise<Metadata> {
  const settings = await getSiteSettings()
  const description = settings.tagline || `${settings.siteName}: news, analysis and opinion.`
  return {
    ...pageMetadata({ title: settings.siteName, description, path: '/', siteName: settings.siteName }),
    // The front page is the site's name, not "Broadside | Broadside".
    title: { absolute: settings.tagline ? `${settings.siteName}: ${settings.tagline}` : settings.siteName },
  }
}

export default async function HomePage() {
  const [home, settings] = await Promise.all([getHomePage(), getSiteSettings()])
  const { lead, latest, sections } = home
  return (
    <>
      <JsonLd data={webSiteJsonLd({ name: settings.siteName, url: absoluteUrl('/'), description: settings.tagline })} />
      <h1 className="sr-only">{settings.siteName}: latest news, analysis and opinion</h1>
      {lead ? (
        <div className="grid gap-8 border-b border-rule pb-10 lg:grid-cols-[1fr_18rem]">
          <section aria-labelledby="lead-story">
            <h2 id="lead-story" className="sr-only">
              Lead story
            </h2>
            <ArticleCard article={lead} variant="lead" headingLevel={3} priority />
          </section>
          {latest.length ? (
            <section aria-labelledby="latest" className="lg:border-l lg:border-rule lg:pl-8">
              <h2 id="latest" className="section-heading">
                Latest
              </h2>
              <ol className="divide-y divide-rule">
                {latest.map((a) => (
                  <li key={a.id} className="py-3 first:pt-0">
                    {a.section ? <p className="kicker">{a.section.name}</p> : null}
                    <h3 className="font-serif text-lg leading-snug font-bold">
                      <a href={`/article/${a.slug}`} className="hover:underline">
                        {a.headline}
                      </a>
                    </h3>
                    {a.publishedAt ? (
                      <p className="mt-1 text-xs text-muted">
                        <time dateTime={new Date(a.publishedAt).toISOString()}>{formatDate(a.publishedAt)}</time>
                      </p>
                    ) : null}
                  </li>
                ))}
              </ol>
            </section>
          ) : null}
        </div>
      ) : (
        <p className="py-12 text-lg">Nothing has been published yet. Check back soon.</p>
      )}
      {sections.map(({ section, articles }) => (
        <section key={section.id} aria-labelledby={`section-${section.slug}`} className="mt-10">
          <h2 id={`section-${section.slug}`} className="section-heading">
            <a href={`/section/${section.slug}`} className="hover:underline">
              {section.name}
              <span aria-hidden="true"> ›</span>
            </a>
          </h2>
          <div className="grid gap-8 sm:grid-cols-2 lg:grid-cols-4">
            {articles.map((a) => (
              <ArticleCard key={a.id} article={a} showSection={false} />
            ))}
          </div>
        </section>
      ))}
    </>
  )
}
