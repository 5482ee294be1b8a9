import { creditLine, type CreditFields } from '@/lib/content/licences'

/** "Photo: A. Photographer / Flickr / CC BY-NC 2.0", the licence linked. */
export function CreditLine({ media }: { media: CreditFields }) {
  const line = creditLine(media)
  if (!line) return null
  const parts: React.ReactNode[] = [...line.text]
  if (line.licence) {
    parts.push(
      line.licence.url ? (
        <a key="licence" href={line.licence.url} rel="license noopener">
          {line.licence.name}
        </a>
      ) : (
        line.licence.name
      ),
    )
  }
  return (
    <span className="credit">
      Photo:{' '}
      {parts.map((part, i) => (
        <span key={i}>
          {i > 0 ? ' / ' : null}
          {part}
        </span>
      ))}
    </span>
  )
}
