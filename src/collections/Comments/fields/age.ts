import type { Field } from 'payload'

import { isStaff, staffField } from '@/access'

const describeAge = (iso: string, now = Date.now()) => {
  const minutes = Math.max(0, Math.round((now - new Date(iso).getTime()) / 60000))
  if (minutes < 60) return `${minutes} min`
  if (minutes < 48 * 60) return `${Math.round(minutes / 60)} h`
  return `${Math.round(minutes / 1440)} d`
}

/** How long a case has waited, for the moderation list. Virtual: computed for staff only. */
export const ageField: Field = {
  name: 'age',
  type: 'text',
  virtual: true,
  access: { read: staffField, create: () => false, update: () => false },
  admin: { readOnly: true, hidden: false, position: 'sidebar' },
  hooks: {
    afterRead: [
      ({ data, req }) =>
        isStaff(req.user) && typeof data?.createdAt === 'string'
          ? describeAge(data.createdAt)
          : undefined,
    ],
  },
}
