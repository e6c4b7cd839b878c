import type { GuideBrand } from '../queries/guides'

const PLATFORM_LABEL: Record<string, string> = {
  windows: 'Windows',
  macos: 'macOS',
  linux: 'Linux',
  web: 'Web',
  ios: 'iOS',
  android: 'Android',
}

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
                · {tool.platforms.map((p) => PLATFORM_LABEL[p] ?? p).join(', ')}
              </span>
            ) : null}
            {tool.purpose ? <p>{tool.purpose}</p> : null}
          </li>
        ))}
      </ul>
    </section>
  )
}
