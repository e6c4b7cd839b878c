import type { Field } from 'payload'

import { isStaff, staffField } from '@/access'

/**
 * Readers' "did this work?" counts for a method, for staff in the admin.
 * Virtual: computed on read for staff only, so public reads cost nothing.
 */
export const feedbackSummary: Field = {
  name: 'feedbackSummary',
  type: 'text',
  virtual: true,
  label: 'Did it work?',
  access: { read: staffField, create: () => false, update: () => false },
  admin: {
    readOnly: true,
    position: 'sidebar',
    description: 'Readers’ answers under this method.',
  },
  hooks: {
    afterRead: [
      async ({ data, req }) => {
        if (!isStaff(req.user) || data?.id === undefined) return undefined
        const count = async (helpful: 'yes' | 'no') =>
          (
            await req.payload.count({
              collection: 'feedback',
              where: { and: [{ method: { equals: data.id } }, { helpful: { equals: helpful } }] },
              overrideAccess: true,
              req,
            })
          ).totalDocs
        const [yes, no] = await Promise.all([count('yes'), count('no')])
        return `${yes} yes · ${no} no`
      },
    ],
  },
}
