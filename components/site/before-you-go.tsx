import type { SiteSettingsDto } from '@/lib/data/settings'

/** The membership call to action at the end of a piece; the link says which piece it came from. */
export function BeforeYouGo({ settings, articleSlug }: { settings: SiteSettingsDto; articleSlug: string }) {
  const href = `${settings.beforeYouGoLinkUrl}${settings.beforeYouGoLinkUrl.includes('?') ? '&' : '?'}from=${encodeURIComponent(articleSlug)}`
  return (
    <aside aria-labelledby="before-you-go" className="no-print mt-10 border-t-4 border-accent bg-panel p-6">
      <h2 id="before-you-go" className="font-serif text-2xl font-bold">
        {settings.beforeYouGoHeading}
      </h2>
      <p className="mt-2 max-w-prose">{settings.beforeYouGoText}</p>
      <a href={href} className="mt-4 inline-block rounded-sm bg-accent px-5 py-2 font-semibold text-accent-ink no-underline hover:opacity-90">
        {settings.beforeYouGoLinkText}
      </a>
    </aside>
  )
}
