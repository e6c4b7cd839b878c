import path from 'node:path'

import type { CollectionConfig } from 'payload'

import { anyone, editors } from '../../access'
import { revalidateMediaAfterChange, revalidateMediaAfterDelete } from './hooks/revalidate'

export const IMAGE_MIME_TYPES = ['image/png', 'image/jpeg', 'image/webp', 'image/avif']

/** Where uploaded files live: MEDIA_DIR, or data/media beside the database. */
export const mediaDir = () => path.resolve(process.env.MEDIA_DIR || 'data/media')

export const Media: CollectionConfig = {
  slug: 'media',
  graphQL: { singularName: 'Media', pluralName: 'allMedia' },
  admin: { group: 'Guides', defaultColumns: ['filename', 'alt', 'updatedAt'] },
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
    imageSizes: [
      { name: 'thumbnail', width: 160, height: 160, position: 'centre' },
      { name: 'card', width: 480, withoutEnlargement: true },
      { name: 'wide', width: 1024, withoutEnlargement: true },
    ],
    adminThumbnail: 'thumbnail',
  },
  hooks: {
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
    },
  ],
}
