/** "Ways back in": links to each method section on the page. */
export function MethodToc({
  methods,
}: {
  methods: { id: number | string; slug: string; title: string }[]
}) {
  return (
    <nav className="toc" aria-label="Methods on this page">
      <h2>Ways back in</h2>
      <ol>
        {methods.map((m) => (
          <li key={m.id}>
            <a href={`#${m.slug}`}>{m.title}</a>
          </li>
        ))}
      </ol>
    </nav>
  )
}
