import Link from 'next/link'

import { GENERAL_GUIDE, HOME } from '../routes'

import { PreviewBar } from './PreviewBar'
import { SearchForm } from './SearchForm'

/** The public site's frame: skip link, header with navigation and a search box, footer. */
export function SiteChrome({ children }: { children: React.ReactNode }) {
  return (
    <>
      <PreviewBar />
      <a className="skip" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <Link href={HOME} className="site-name">
          ResetHub
        </Link>
        <nav aria-label="Site">
          <ul>
            <li>
              <Link href={GENERAL_GUIDE}>General guide</Link>
            </li>
          </ul>
        </nav>
        <SearchForm id="site-search" compact />
      </header>
      <main id="main">{children}</main>
      <footer className="site-footer">
        <p>
          ResetHub collects reset procedures from public vendor documentation. Procedures vary by
          model and firmware: when in doubt, ask the manufacturer’s support.
        </p>
      </footer>
    </>
  )
}
