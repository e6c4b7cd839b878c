import type { CollectionConfig } from 'payload'

import { nobody, staff } from '../../access'
import { hiddenUnlessEditor } from '../../access/visibility'

/**
 * Searches that found nothing, counted so editors see what readers look for
 * and don't find. A row is the normalized words of a query and how often and
 * when it was searched: no address, no account, nothing about who searched.
 * Only the site writes it (src/search/misses.ts, capped in length and rows);
 * staff read it; readers can do neither.
 */
export const SearchMisses: CollectionConfig = {
  slug: 'search-misses',
  labels: { singular: 'Missed search', plural: 'Missed searches' },
  graphQL: false,
  admin: {
    useAsTitle: 'query',
    defaultColumns: ['query', 'count', 'lastSeen', 'firstSeen'],
    group: 'Guides',
    description:
      'Searches that found nothing, by their words. Written by the site; add a guide, an alias or a model pattern for the common ones.',
    hidden: hiddenUnlessEditor,
  },
  access: { read: staff, create: nobody, update: nobody, delete: nobody },
  defaultSort: '-count',
  fields: [
    {
      name: 'query',
      type: 'text',
      required: true,
      unique: true,
      maxLength: 100,
      admin: { readOnly: true },
    },
    {
      name: 'count',
      type: 'number',
      required: true,
      defaultValue: 1,
      min: 1,
      index: true,
      admin: { readOnly: true },
    },
    {
      name: 'firstSeen',
      type: 'date',
      required: true,
      admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'lastSeen',
      type: 'date',
      required: true,
      index: true,
      admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
    },
  ],
}
