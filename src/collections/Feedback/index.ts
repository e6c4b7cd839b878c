import type { CollectionConfig } from 'payload'

import { admins, anyone, nobodyField, staff, staffField } from '../../access'
import { FEEDBACK_LIMITS } from '../../lib/rateLimit'
import { readerWrites } from '../../readers/pipeline'
import { validateStep } from '../../readers/references'

import { FEEDBACK_ANSWERS, FEEDBACK_REASONS } from './options'

/** Readers' answers: the form's fields only, rate-limited per client like cases. */
const readers = readerWrites({ collection: 'feedback', limits: FEEDBACK_LIMITS, what: 'answers' })

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
    beforeOperation: [readers.beforeOperation],
    beforeValidate: [readers.beforeValidate],
    beforeChange: [readers.beforeChange],
  },
  fields: [
    { name: 'method', type: 'relationship', relationTo: 'methods', required: true, index: true },
    { name: 'step', type: 'relationship', relationTo: 'steps', validate: validateStep },
    {
      name: 'helpful',
      type: 'select',
      required: true,
      options: Object.entries(FEEDBACK_ANSWERS).map(([value, label]) => ({ value, label })),
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
