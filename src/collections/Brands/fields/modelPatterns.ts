import type { Field } from 'payload'

import { validateModelExample, validateModelPattern } from '@/lib/modelNumbers'
import { validateUrl } from '@/lib/validators'

/**
 * The model numbers a brand's recorders carry, so that a reader who types the
 * model from the label (in search or in the case form) is led to this brand.
 * Like every fact in a guide, each pattern names the document it comes from.
 */
export const modelPatternsField: Field = {
  name: 'modelPatterns',
  type: 'array',
  labels: { singular: 'Model pattern', plural: 'Model patterns' },
  admin: {
    description:
      'Model numbers of this brand’s recorders, for example DS-76* (the * stands for any characters; case, spaces and hyphens do not matter). Each pattern needs the document that shows it.',
    initCollapsed: true,
  },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'pattern',
          type: 'text',
          required: true,
          maxLength: 40,
          validate: (value: unknown) => validateModelPattern(value),
        },
        {
          name: 'example',
          type: 'text',
          maxLength: 40,
          admin: {
            description: 'A real model the pattern covers, shown as the example in the case form.',
          },
          validate: (value: unknown, { siblingData }: { siblingData: Record<string, unknown> }) =>
            validateModelExample(value, siblingData?.pattern),
        },
      ],
    },
    {
      name: 'label',
      type: 'text',
      maxLength: 120,
      admin: {
        description: 'What these are, for example “network video recorders (DS-76… series)”.',
      },
    },
    {
      name: 'oem',
      type: 'relationship',
      relationTo: 'brands',
      label: 'Made by (OEM)',
      admin: {
        description:
          'Only where the source says so: the brand that makes these recorders or whose firmware they run.',
      },
    },
    {
      name: 'source',
      type: 'group',
      fields: [
        {
          name: 'title',
          type: 'text',
          required: true,
          maxLength: 200,
          admin: {
            description:
              'The document, with its page, for example “DS-7616NI-E2 user manual, p. 37”.',
          },
        },
        {
          name: 'url',
          type: 'text',
          required: true,
          validate: (value: unknown) =>
            value ? validateUrl(value) : 'Give the address of the page that shows it.',
        },
      ],
    },
  ],
}
