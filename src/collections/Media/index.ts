import path from 'node:path'

import type { CollectionConfig } from 'payload'

import { anyone, editors } from '../../access'
import { hiddenUnlessEditor } from '../../access/visibility'

import { limitPixels } from './hooks/limitPixels'
import { refuseRemoteFiles } from './hooks/refuseRemoteFiles'
import { revalidateMediaAfterChange, revalidateMediaAfterDelete } from './hooks/revalidate'
import { MAX_FILE_MB, MAX_MEGAPIXELS } from './limits'
import { answerMissingFile } from './missingFile'

export const IMAGE_MIME_TYPES = ['image/png', 'image/jpeg', 'image/webp', 'image/avif']

/** Where uploaded files live: MEDIA_DIR, or data/media beside the database. */
export const mediaDir = () => path.resolve(process.env.MEDIA_DIR || 'data/media')

const IMAGE_SIZES = [
  { name: 'thumbnail', width: 160, height: 160, position: 'centre' as const },
  { name: 'card', width: 480, withoutEnlargement: true },
  { name: 'wide', width: 1024, withoutEnlargement: true },
]

export const Media: CollectionConfig = {
  slug: 'media',
  graphQL: { singularName: 'Media', pluralName: 'allMedia' },
  admin: {
    group: 'Guides',
    defaultColumns: ['filename', 'alt', 'updatedAt'],
    hidden: hiddenUnlessEditor,
  },
  access: {
    read: anyone,
    create: editors,
    update: editors,
    delete: editors,
  },
  upload: {
    staticDir: mediaDir(),
    // Images only: SVG can carry scripts, so it is not accepted.
    mimeTypes: IMAGE_MIME_TYPES,
    focalPoint: true,
    imageSizes: IMAGE_SIZES,
    // sharp refuses to decode more pixels than the limit, behind limitPixels' header check.
    constructorOptions: { limitInputPixels: MAX_MEGAPIXELS * 1_000_000 },
    // The server never fetches a picture from an address someone gives it (no "paste URL").
    pasteURL: false,
    adminThumbnail: 'thumbnail',
    handlers: [answerMissingFile(mediaDir)],
  },
  hooks: {
    beforeOperation: [refuseRemoteFiles, limitPixels],
    afterChange: [revalidateMediaAfterChange],
    afterDelete: [revalidateMediaAfterDelete],
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      required: true,
      maxLength: 200,
      admin: { description: 'Describe the picture for readers who cannot see it.' },
      // Required alone accepts spaces; readers of screen readers get nothing from them.
      validate: (value: unknown) =>
        typeof value === 'string' && value.trim()
          ? true
          : 'Describe the picture: readers who cannot see it rely on this text.',
    },
    {
      name: 'variants',
      type: 'ui',
      admin: {
        components: {
          Field: {
            path: '/components/admin/MediaVariants#MediaVariants',
            clientProps: {
              sizes: IMAGE_SIZES.map(({ name, width, height }) => ({ name, width, height })),
              maxFileMb: MAX_FILE_MB,
              maxMegapixels: MAX_MEGAPIXELS,
            },
          },
        },
      },
    },
  ],
}
