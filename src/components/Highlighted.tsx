import type { Segment } from '../search'

/** Text with its matching words in <mark>: React elements from plain strings, so a document's markup shows as text. */
export function Highlighted({ segments }: { segments: Segment[] }) {
  return <>{segments.map((s, i) => (s.mark ? <mark key={i}>{s.text}</mark> : s.text))}</>
}
