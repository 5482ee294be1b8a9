/** How the piece will look as a search result and as a shared card, from what has been typed. */
export function SeoPreview({ siteUrl, siteName, slug, title, description, image }: { siteUrl: string; siteName: string; slug: string; title: string; description: string; image: { src: string; alt: string } | null }) {
  const url = `${siteUrl.replace(/^https?:\/\//, '')} › article › ${slug || '…'}`
  const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1).trimEnd()}…` : s)
  return (
    <div className="grid items-start gap-4 md:grid-cols-2">
      <figure aria-label="Search result preview" className="rounded-sm border border-rule bg-white p-3 font-[arial,sans-serif] text-[#202124]">
        <figcaption className="mb-2 font-sans text-xs font-semibold text-[#5f6368]">In search results</figcaption>
        <p className="truncate text-xs text-[#4d5156]">{url}</p>
        <p className="text-lg leading-snug text-[#1a0dab]">{clip(title || 'Headline', 60)}</p>
        <p className="text-sm text-[#4d5156]">{clip(description || 'The standfirst appears here unless you write an SEO description.', 160)}</p>
      </figure>
      <figure aria-label="Share card preview" className="max-w-md overflow-hidden rounded-sm border border-rule bg-white text-[#0f1419]">
        <figcaption className="px-3 pt-2 font-sans text-xs font-semibold text-[#5f6368]">When shared</figcaption>
        {image ? (
          // eslint-disable-next-line @next/next/no-img-element -- a small preview in the dashboard, not a reader's page
          <img src={image.src} alt="" className="mt-2 aspect-[1.91/1] w-full object-cover" />
        ) : (
          <div className="mt-2 flex aspect-[1.91/1] items-center justify-center bg-panel text-sm text-muted">No hero image: a small card is shown</div>
        )}
        <div className="p-3">
          <p className="text-xs text-[#536471]">{siteName}</p>
          <p className="font-semibold">{clip(title || 'Headline', 70)}</p>
          <p className="text-sm text-[#536471]">{clip(description, 200)}</p>
        </div>
      </figure>
    </div>
  )
}
