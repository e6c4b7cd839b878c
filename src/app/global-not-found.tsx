import type { Metadata } from 'next'

import { NotFoundContent } from '../components/NotFoundContent'
import { SiteChrome } from '../components/SiteChrome'
import { listBrands } from '../queries/guides'
import { PUBLIC_VIEWER } from '../queries/viewer'
import './(frontend)/styles.css'

export const metadata: Metadata = { title: 'Page not found · ResetHub', robots: { index: false } }

/** Any address that matches no route: a full page, readable without JavaScript. */
export default async function GlobalNotFound() {
  const brands = await listBrands(PUBLIC_VIEWER)
  return (
    <html lang="en">
      <body>
        <SiteChrome>
          <NotFoundContent brands={brands} />
        </SiteChrome>
      </body>
    </html>
  )
}
