import type { Field } from 'payload'

import { isBareHomePage } from '@/lib/sourceAddress'
import { validateUrl } from '@/lib/validators'

/** Who published a source: the vendor, or a third party (only where the vendor has nothing). */
export const PUBLISHERS = { vendor: 'The vendor', 'third-party': 'Third party' } as const
export type Publisher = keyof typeof PUBLISHERS

/**
 * A source's link is required here, not in the database: rows saved before it was
 * required keep loading, and the next save asks for the link.
 */
export const validateSourceUrl = (value: unknown): true | string => {
  if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) {
    return 'Link the page or article that says it.'
  }
  const valid = validateUrl(value)
  if (valid !== true) return valid
  if (isBareHomePage(String(value))) {
    return 'This is the site’s home page: link the page or article that says it (for a manual, its page).'
  }
  return true
}

/** The fields every cited document has: its title, the page that says it, a manual's page number. */
export const sourceFields = (): Field[] => [
  {
    name: 'title',
    type: 'text',
    required: true,
    maxLength: 200,
    admin: { description: 'The document, for example “DS-7616NI-E2 user manual”.' },
  },
  {
    type: 'row',
    fields: [
      {
        name: 'url',
        type: 'text',
        label: 'Link',
        admin: { width: '70%' },
        validate: (value: unknown) => validateSourceUrl(value),
      },
      {
        name: 'page',
        type: 'text',
        maxLength: 20,
        admin: { width: '30%', description: 'A manual’s page number.' },
      },
    ],
  },
]
