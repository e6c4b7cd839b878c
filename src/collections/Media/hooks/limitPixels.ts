import { APIError, type CollectionBeforeOperationHook } from 'payload'
import sharp from 'sharp'

import { isEditor } from '@/access'

import { MAX_MEGAPIXELS } from '../limits'

/**
 * Refuses images with too many pixels before anything decodes them: a small
 * file can unpack into gigabytes (a "pixel flood"). Only the header is read.
 */
export const limitPixels: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const file = req.file
  if (!file) return args
  // This runs before the access check: refuse strangers there, not here.
  if (req.payloadAPI !== 'local' && !isEditor(req.user)) return args
  let width = 0
  let height = 0
  try {
    const meta = await sharp(file.tempFilePath || file.data, { limitInputPixels: false }).metadata()
    width = meta.width ?? 0
    height = meta.height ?? 0
  } catch {
    throw new APIError(
      'This file is not an image we can read (PNG, JPEG, WebP or AVIF). It may be damaged: export it again and retry.',
      400,
      undefined,
      true,
    )
  }
  if (width * height > MAX_MEGAPIXELS * 1_000_000) {
    throw new APIError(
      `The image is ${width} × ${height} pixels; the limit is ${MAX_MEGAPIXELS} megapixels. Scale it down (1600 pixels wide is plenty for a step) and upload it again.`,
      413,
      undefined,
      true,
    )
  }
  return args
}
