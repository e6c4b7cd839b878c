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

type SectionProps = { id: string; title: string; folded: boolean; children: React.ReactNode }

/**
 * A card of general material: open on the general guide, folded (a <details>,
 * no JavaScript needed, opened for printing) on a brand's guide, where what to
 * do comes first.
 */
function GeneralSection({ id, title, folded, children }: SectionProps) {
  if (!folded) {
    return (
      <section className="card" aria-labelledby={id}>
        <h2 id={id}>{title}</h2>
        {children}
      </section>
    )
  }
  return (
    <details className="card fold">
      <summary>
        <h2 id={id}>{title}</h2>
      </summary>
      {children}
    </details>
  )
}

/** "Before you start", from the site settings. */
export function BeforeYouStart({
  site,
  folded = false,
  children,
}: {
  site: Site
  folded?: boolean
  children?: React.ReactNode
}) {
  if (!site.beforeYouStart?.length && !children) return null
  return (
    <GeneralSection id="before-title" title="Before you start" folded={folded}>
      {site.beforeYouStart?.length ? <ItemList items={site.beforeYouStart} /> : null}
      {children}
    </GeneralSection>
  )
}

/** "Avoid getting locked out again", from the site settings. */
export function PreventionTips({ site, folded = false }: { site: Site; folded?: boolean }) {
  if (!site.preventionTips?.length) return null
  return (
    <GeneralSection id="tips-title" title="Avoid getting locked out again" folded={folded}>
      <ItemList items={site.preventionTips} />
    </GeneralSection>
  )
}
