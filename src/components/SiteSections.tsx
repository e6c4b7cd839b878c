import type { Site } from '../payload-types'

type Item = { id?: string | null; title: string; text: string }

function ItemList({ items }: { items: Item[] }) {
  return (
    <ul className="notes">
      {items.map((item) => (
        <li key={item.id ?? item.title}>
          <strong>{item.title}.</strong> {item.text}
        </li>
      ))}
    </ul>
  )
}

/** "Before you start", from the site settings. */
export function BeforeYouStart({ site, children }: { site: Site; children?: React.ReactNode }) {
  return (
    <section className="card" aria-labelledby="before-title">
      <h2 id="before-title">Before you start</h2>
      {site.beforeYouStart?.length ? <ItemList items={site.beforeYouStart} /> : null}
      {children}
    </section>
  )
}

/** "Avoid getting locked out again", from the site settings. */
export function PreventionTips({ site }: { site: Site }) {
  if (!site.preventionTips?.length) return null
  return (
    <section className="card" aria-labelledby="tips-title">
      <h2 id="tips-title">Avoid getting locked out again</h2>
      <ItemList items={site.preventionTips} />
    </section>
  )
}
