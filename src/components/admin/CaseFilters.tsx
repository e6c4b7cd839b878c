import Link from 'next/link'

const VIEWS = [
  ['Pending moderation', 'where[status][equals]=pending'],
  [
    'Open',
    'where[and][0][status][equals]=published&where[and][1][caseState][equals]=open&where[and][2][parent][exists]=false',
  ],
  ['Answered, not resolved', 'where[caseState][equals]=answered'],
  ['Spam', 'where[status][equals]=spam'],
  ['All', ''],
] as const

/** Quick views above the cases list in the admin: support starts from the pending ones. */
export function CaseFilters() {
  return (
    <nav
      aria-label="Case views"
      style={{
        display: 'flex',
        gap: '1rem',
        flexWrap: 'wrap',
        padding: '0 var(--gutter-h)',
        margin: '0 0 1rem',
      }}
    >
      {VIEWS.map(([label, query]) => (
        <Link key={label} href={`/admin/collections/comments${query ? `?${query}` : ''}`}>
          {label}
        </Link>
      ))}
    </nav>
  )
}
