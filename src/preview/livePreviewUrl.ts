import type { PayloadRequest } from 'payload'

import { idOf } from '@/lib/ids'

import { GENERAL_GUIDE, brandPath, methodPath, previewPath } from '../routes'

/**
 * The admin's live preview loads /preview?path=… in an iframe: that route checks
 * the editor's session and turns on draft mode, so the page renders the draft
 * with the site's own components. The address must be absolute, on the admin's
 * own origin (Payload matches the iframe's messages against it).
 */
const previewUrl = (req: PayloadRequest, path: string) => {
  const origin = (process.env.PUBLIC_URL || (req.url ? new URL(req.url).origin : '')).replace(
    /\/+$/,
    '',
  )
  return `${origin}${previewPath(path)}`
}

export const brandPreviewUrl = ({
  data,
  req,
}: {
  data: Record<string, unknown>
  req: PayloadRequest
}) => (typeof data.slug === 'string' && data.slug ? previewUrl(req, brandPath(data.slug)) : null)

/** A brand's method previews on its own page; a general method on the general guide. */
export const methodPreviewUrl = async ({
  data,
  req,
}: {
  data: Record<string, unknown>
  req: PayloadRequest
}) => {
  const brandId = idOf(data.brand)
  if (brandId === null) return previewUrl(req, GENERAL_GUIDE)
  if (typeof data.slug !== 'string' || !data.slug) return null
  const brand = await req.payload.findByID({
    collection: 'brands',
    id: brandId,
    depth: 0,
    draft: true,
    select: { slug: true },
    overrideAccess: true,
    req,
    disableErrors: true,
  })
  // A brand still unnamed has no page yet.
  return brand?.slug ? previewUrl(req, methodPath(brand.slug, data.slug)) : null
}
