import type { Metadata } from 'next'

import { PUBLIC_VIEWER } from '@/access/viewer'

import { NotFoundContent } from '../components/NotFoundContent'
import { SiteChrome } from '../components/SiteChrome'
import { listBrands } from '../queries/guides'

import icon from './(frontend)/icon.svg'
import './(frontend)/styles.css'

export const metadata: Metadata = {
  title: 'Page not found · ResetHub',
  robots: { index: false },
  // The site's icon is a file of the (frontend) group, which this page is outside of.
  icons: { icon: { url: icon.src, type: 'image/svg+xml' } },
}

/**
 * Any address that matches no route, and (through server/notFoundPage.mjs) any page
 * that calls notFound(): a full page, readable without JavaScript.
 */
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
