import type { Metadata } from 'next'
import React from 'react'

import './styles.css'

export const metadata: Metadata = {
  title: { default: 'ResetHub: reset your NVR password', template: '%s · ResetHub' },
  description: 'Step-by-step password reset guides for network video recorders, brand by brand.',
}

export default function FrontendLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>
        <a className="skip" href="#main">
          Skip to content
        </a>
        <header className="site-header">
          <a href="/" className="site-name">
            ResetHub
          </a>
        </header>
        <main id="main">{children}</main>
      </body>
    </html>
  )
}
