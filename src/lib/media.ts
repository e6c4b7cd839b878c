import type { Media } from '../payload-types'

type Size = keyof NonNullable<Media['sizes']>

/**
 * The site-relative address of an image (or one of its resized variants).
 * Payload prefixes PUBLIC_URL; pages use the path so next/image serves it as a
 * local image whatever the public address is.
 */
export const mediaSrc = (media: Media | null | undefined, size?: Size): string | null => {
  const url = (size && media?.sizes?.[size]?.url) || media?.url
  if (!url) return null
  const { pathname, search } = new URL(url, 'http://local')
  return `${pathname}${search}`
}
