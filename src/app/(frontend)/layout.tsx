import type { Metadata, Viewport } from 'next'
import Link from 'next/link'
import React from 'react'

import { siteUrl } from '../../lib/site'
import './styles.css'

export const metadata: Metadata = {
  metadataBase: new URL(siteUrl()),
  title: { default: 'ResetHub: reset your NVR password', template: '%s · ResetHub' },
  description: 'Step-by-step password reset guides for network video recorders, brand by brand.',
  openGraph: { siteName: 'ResetHub', type: 'website' },
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#1f4f8a' }

export default function FrontendLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>
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
      </body>
    </html>
  )
}
