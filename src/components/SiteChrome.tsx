import Link from 'next/link'

import { PreviewBar } from './PreviewBar'

/** The public site's frame: skip link, header with navigation, footer. */
export function SiteChrome({ children }: { children: React.ReactNode }) {
  return (
    <>
      <PreviewBar />
      <a className="skip" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <Link href="/" className="site-name">
          ResetHub
        </Link>
        <nav aria-label="Site">
          <ul>
            <li>
              <Link href="/guide">General guide</Link>
            </li>
            <li>
              <Link href="/search">Search</Link>
            </li>
          </ul>
        </nav>
      </header>
      <main id="main">{children}</main>
      <footer className="site-footer">
        <p>
          ResetHub collects reset procedures from public vendor documentation. Procedures vary by model and firmware: when in doubt, ask the
          manufacturer’s support.
        </p>
      </footer>
    </>
  )
}
