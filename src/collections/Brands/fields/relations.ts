import type { Field } from 'payload'

import { sourceFields } from '@/collections/shared/sources'
import { sameId } from '@/lib/ids'

import { BRAND_RELATION_OPTIONS } from '../options'

/**
 * "Sold as" and "runs the firmware of": only where a document shows it, so each
 * relation names its source. Both brands' pages show it (src/queries/relations.ts).
 */
export const relationsField: Field = {
  name: 'relations',
  type: 'array',
  labels: { singular: 'Relation to another brand', plural: 'Relations to other brands' },
  admin: {
    description:
      'Only where a source shows it: for example “some of this brand’s recorders run Hikvision firmware”. Shown on this brand’s page and on the other brand’s.',
    initCollapsed: true,
  },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'kind',
          type: 'select',
          required: true,
          options: BRAND_RELATION_OPTIONS,
          admin: {
            width: '40%',
            description:
              'Sold as: some of this brand’s recorders are sold under the other brand’s name. Runs the firmware of: some of them run the other brand’s firmware.',
          },
        },
        {
          name: 'brand',
          type: 'relationship',
          relationTo: 'brands',
          label: 'Other brand',
          admin: { width: '60%' },
          filterOptions: ({ id }) => (id ? { id: { not_equals: id } } : true),
          validate: (value: unknown, { id }: { id?: number | string }) => {
            if (value === undefined || value === null || value === '')
              return 'Choose the other brand.'
            return sameId(value, id)
              ? 'A brand cannot be related to itself: choose the other brand.'
              : true
          },
        },
      ],
    },
    {
      name: 'models',
      type: 'text',
      maxLength: 200,
      admin: { description: 'Which models, where the source names them, for example “N44PI”.' },
    },
    { name: 'source', type: 'group', fields: sourceFields() },
  ],
}
