
export function TagList({ tags }: { tags: { id: string; name: string; slug: string }[] }) {
  if (!tags.length) return null
  return (
    <section aria-labelledby="tagged-under" className="mt-8 flex flex-wrap items-baseline gap-2 text-sm">
      <h2 id="tagged-under" className="font-semibold">
        Tagged under:
      </h2>
      <ul className="flex flex-wrap gap-2">
        {tags.map((t) => (
          <li key={t.id}>
            <a href={`/tag/${t.slug}`} className="inline-block rounded-sm border border-rule px-2 py-1 hover:border-ink">
              {t.name}
            </a>
          </li>
        ))}
      </ul>
    </section>
  )
}
