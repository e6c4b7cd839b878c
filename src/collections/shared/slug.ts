import type { TextField } from 'payload'

import { slugify, validateSlug } from '@/lib/validators'

/** A slug that follows `source` until an editor types one of their own. */
export const slugField = (
  source: string,
  { unique = false }: { unique?: boolean } = {},
): TextField => ({
  name: 'slug',
  type: 'text',
  required: true,
  index: true,
  admin: {
    position: 'sidebar',
    description: `Part of the page address. Filled from the ${source} when left empty.`,
    components: {
      Field: { path: '/components/admin/SlugInput#SlugInput', clientProps: { source } },
    },
  },
  validate: (value: unknown) => validateSlug(value),
  hooks: {
    beforeValidate: [
      ({ value, data }) => {
        // A slug typed by hand is kept as typed (trimmed) so a wrong one is reported, not rewritten.
        if (typeof value === 'string' && value.trim()) return value.trim()
        const from = data?.[source]
        return typeof from === 'string' ? slugify(from) : value
      },
    ],
  },
  unique,
})
