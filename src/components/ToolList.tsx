import { PLATFORMS } from '../collections/Brands/options'
import type { GuideBrand } from '../queries/guides'

/** The vendor utilities the methods mention. */
export function ToolList({ brand }: { brand: GuideBrand }) {
  if (!brand.tools?.length) return null
  return (
    <section className="card" aria-labelledby="tools-title">
      <h2 id="tools-title">{brand.name} tools</h2>
      <ul className="tools">
        {brand.tools.map((tool) => (
          <li key={tool.id ?? tool.name}>
            <strong>
              {tool.url ? (
                <a href={tool.url} rel="noopener nofollow">
                  {tool.name}
                </a>
              ) : (
                tool.name
              )}
            </strong>
            {tool.platforms?.length ? (
              <span className="muted">
                {' '}
                · {tool.platforms.map((p) => PLATFORMS[p] ?? p).join(', ')}
              </span>
            ) : null}
            {tool.purpose ? <p>{tool.purpose}</p> : null}
          </li>
        ))}
      </ul>
    </section>
  )
}
