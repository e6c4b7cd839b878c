import type { CollectionConfig } from 'payload'

import { admins, anyone, nobodyField, staff, staffField } from '../../access'
import { checkShapes } from '../../fields/checkShapes'
import { validateStep } from '../Comments/validate'
import { limitFeedback, stampFeedback } from './hooks/limitReaders'

export const FEEDBACK_REASONS = {
  'step-mismatch': "A step didn't match my screen",
  'missing-requirement': "I didn't have what was needed",
  other: 'Other',
} as const

/** A reader's "did this work?" on a method, optionally on one step. */
export const Feedback: CollectionConfig = {
  slug: 'feedback',
  graphQL: { singularName: 'Feedback', pluralName: 'Feedbacks' },
  labels: { singular: 'Feedback', plural: 'Feedback' },
  admin: {
    useAsTitle: 'helpful',
    defaultColumns: ['method', 'helpful', 'reason', 'createdAt'],
    group: 'Support',
  },
  access: {
    read: staff,
    create: anyone,
    update: admins,
    delete: admins,
  },
  defaultSort: '-createdAt',
  hooks: {
    beforeOperation: [limitFeedback],
    // Wrong types and ids of nothing are refused before the hooks below see them.
    beforeValidate: [checkShapes],
    beforeChange: [stampFeedback],
  },
  fields: [
    { name: 'method', type: 'relationship', relationTo: 'methods', required: true, index: true },
    { name: 'step', type: 'relationship', relationTo: 'steps', validate: validateStep },
    {
      name: 'helpful',
      type: 'select',
      required: true,
      options: [
        { value: 'yes', label: 'Yes, it worked' },
        { value: 'no', label: "No, it didn't" },
      ],
    },
    {
      name: 'reason',
      type: 'select',
      options: Object.entries(FEEDBACK_REASONS).map(([value, label]) => ({ value, label })),
    },
    { name: 'comment', type: 'textarea', maxLength: 500 },
    {
      name: 'ipHash',
      type: 'text',
      access: { read: staffField, create: nobodyField, update: nobodyField },
      admin: { hidden: true },
    },
  ],
}
