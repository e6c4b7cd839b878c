import type { Metadata } from 'next'

import { NotFoundContent } from '../components/NotFoundContent'
import { SiteChrome } from '../components/SiteChrome'
import './(frontend)/styles.css'

export const metadata: Metadata = { title: 'Page not found · ResetHub', robots: { index: false } }

/** Any address that matches no route: a full page, readable without JavaScript. */
export default function GlobalNotFound() {
  return (
    <html lang="en">
      <body>
        <SiteChrome>
          <NotFoundContent />
        </SiteChrome>
      </body>
    </html>
  )
}
