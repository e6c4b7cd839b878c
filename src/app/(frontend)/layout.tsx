import type { Metadata, Viewport } from 'next'
import React from 'react'

import { SiteChrome } from '../../components/SiteChrome'
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
        <SiteChrome>{children}</SiteChrome>
      </body>
    </html>
  )
}
