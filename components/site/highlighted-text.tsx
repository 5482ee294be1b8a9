import { parseSnippet } from '@/lib/search-text'

/** Search snippet text with the matched words in <mark>; every run is a text node, so nothing is parsed as HTML. */
export function HighlightedText({ text }: { text: string }) {
  return (
    <>
      {parseSnippet(text).map((part, i) => (part.marked ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>))}
    </>
  )
}
