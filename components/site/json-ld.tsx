import { serializeJsonLd } from '@/lib/structured-data'

/** Structured data for search engines; serialised so nothing in it can close the script element. */
export function JsonLd({ data }: { data: unknown }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />
}
