import type { CollectionConfig } from 'payload'

import { fillDefault } from '@/collections/shared/fillDefault'
import { idOf } from '@/lib/ids'
import { validateEmailAddress } from '@/lib/validators'

import { admins, anyone, anyoneField, isStaff, nobodyField, staff, staffField } from '../../access'
import { hiddenUnlessSupport } from '../../access/visibility'
import { CASE_LIMITS } from '../../lib/rateLimit'
import { readerWrites } from '../../readers/pipeline'
import { validateMethod, validateStep } from '../../readers/references'
import { screenCase } from '../../readers/screening'

import { readComments } from './access'
import { ageField } from './fields/age'
import { maskedText, maskReturned, showWrittenText } from './fields/masked'
import { markCaseAnswered, trackAwaitingAnswer } from './hooks/caseState'
import { markStaff } from './hooks/markStaff'
import { emailAddressConfirmation, emailAnswer, emailStaffNewCase } from './hooks/notify'
import { repliesStayPut, repliesAnswerCases } from './hooks/replies'
import { revalidateCaseAfterChange, revalidateCaseAfterDelete } from './hooks/revalidate'
import { refuseTextQueries } from './hooks/textQueries'
import { CASE_STATES, COMMENT_STATUSES } from './options'
import { validateMessage } from './validate'

/** Written by hooks only, never by a request; staff may read them, the public never. */
const serverOnly = {
  access: { read: staffField, create: nobodyField, update: nobodyField },
  admin: { hidden: true },
}

/** In the admin: fields of a case, hidden in a reply (a reply has only its message). */
const caseOnly = { condition: (data: { parent?: unknown }) => idOf(data?.parent) === null }

/** Fields only staff may read: they never reach the public through any API. */
const privateField = { read: staffField, create: anyoneField, update: staffField }

/** Readers' cases: the form's fields only, 5 in 10 minutes and 20 a day per client, screened for spam. */
const readers = readerWrites({
  collection: 'comments',
  limits: CASE_LIMITS,
  what: 'cases',
  screen: screenCase,
})

export const Comments: CollectionConfig = {
  slug: 'comments',
  graphQL: { singularName: 'Comment', pluralName: 'Comments' },
  // Readers' cases (and staff replies): "Cases" to the people who work on them.
  labels: { singular: 'Case', plural: 'Cases' },
  // A guide's cases (one brand's published ones, unanswered first, newest first) and their published replies.
  indexes: [
    { fields: ['brand', 'status', 'awaitingAnswer', 'createdAt'] },
    { fields: ['parent', 'status'] },
  ],
  admin: {
    useAsTitle: 'authorName',
    defaultColumns: ['authorName', 'brand', 'method', 'deviceModel', 'age', 'status', 'caseState'],
    group: 'Support',
    hidden: hiddenUnlessSupport,
    description:
      'Readers’ cases and staff replies. Approve a case by setting its status to published; answer it under “Replies”.',
    components: { beforeList: ['/components/admin/CaseFilters#CaseFilters'] },
  },
  access: {
    read: readComments,
    create: anyone,
    update: staff,
    delete: admins,
  },
  defaultSort: '-createdAt',
  hooks: {
    beforeOperation: [readers.beforeOperation, refuseTextQueries],
    beforeValidate: [readers.beforeValidate, repliesAnswerCases],
    beforeChange: [markStaff, readers.beforeChange, trackAwaitingAnswer],
    afterChange: [
      showWrittenText,
      markCaseAnswered,
      emailAddressConfirmation,
      emailAnswer,
      emailStaffNewCase,
      revalidateCaseAfterChange,
      maskReturned,
    ],
    afterDelete: [revalidateCaseAfterDelete],
  },
  fields: [
    { name: 'brand', type: 'relationship', relationTo: 'brands', index: true, admin: caseOnly },
    {
      name: 'method',
      type: 'relationship',
      relationTo: 'methods',
      index: true,
      validate: validateMethod,
      admin: caseOnly,
    },
    {
      name: 'step',
      type: 'relationship',
      relationTo: 'steps',
      validate: validateStep,
      admin: caseOnly,
    },
    {
      name: 'authorName',
      type: 'text',
      required: true,
      maxLength: 80,
      // A staff reply is signed with the staff account's name whatever is typed (hooks/replies.ts).
      defaultValue: ({ user }) => (isStaff(user) ? (user as { name?: string }).name : undefined),
      admin: { description: 'For a reply, your account’s name is used.' },
      ...maskedText,
    },
    {
      name: 'authorEmail',
      type: 'text',
      access: privateField,
      admin: { ...caseOnly, description: 'Private: never shown to readers.' },
      validate: (value: unknown) => validateEmailAddress(value),
    },
    {
      name: 'notifyOnReply',
      type: 'checkbox',
      defaultValue: false,
      access: privateField,
      admin: caseOnly,
    },
    { name: 'deviceModel', type: 'text', maxLength: 80, admin: caseOnly, ...maskedText },
    { name: 'firmware', type: 'text', maxLength: 80, admin: caseOnly, ...maskedText },
    {
      name: 'body',
      type: 'textarea',
      required: true,
      label: 'Message',
      validate: validateMessage,
      ...maskedText,
    },
    {
      name: 'parent',
      type: 'relationship',
      relationTo: 'comments',
      index: true,
      hooks: { beforeValidate: [repliesStayPut] },
      // Shown only in a reply, and never a way to create a "case" on the spot.
      admin: {
        description: 'The case this reply answers.',
        allowCreate: false,
        readOnly: true,
        condition: (data) => idOf(data?.parent) !== null,
      },
    },
    ageField,
    {
      name: 'replies',
      type: 'join',
      collection: 'comments',
      on: 'parent',
      defaultSort: 'createdAt',
      admin: {
        ...caseOnly,
        description: 'Staff answers to this case. “Add new” writes one; it is published at once.',
        defaultColumns: ['authorName', 'body', 'staff', 'createdAt'],
      },
    },
    {
      name: 'status',
      type: 'select',
      // Not `required`: GraphQL would then demand it from readers. A staff reply is
      // published at once; a reader's case awaits moderation.
      defaultValue: ({ user }) => (isStaff(user) ? 'published' : 'pending'),
      hooks: {
        beforeValidate: [fillDefault(({ req }) => (isStaff(req.user) ? 'published' : 'pending'))],
      },
      index: true,
      options: COMMENT_STATUSES.map((value) => ({ value, label: value })),
      access: { create: staffField, update: staffField },
      admin: { position: 'sidebar' },
    },
    {
      name: 'caseState',
      type: 'select',
      defaultValue: 'open',
      hooks: { beforeValidate: [fillDefault('open')] },
      options: CASE_STATES.map((value) => ({ value, label: value })),
      access: { create: staffField, update: staffField },
      admin: { ...caseOnly, position: 'sidebar' },
    },
    {
      name: 'staff',
      type: 'checkbox',
      defaultValue: false,
      access: { create: nobodyField, update: nobodyField },
      admin: {
        position: 'sidebar',
        readOnly: true,
        description: 'Written by staff (set automatically).',
      },
    },
    // A keyed hash of the client's address, never the address itself.
    { name: 'ipHash', type: 'text', index: true, ...serverOnly },
    {
      name: 'awaitingAnswer',
      type: 'checkbox',
      index: true,
      // Kept by a hook from caseState; orders the public list (unanswered first).
      access: { create: nobodyField, update: nobodyField },
      admin: { hidden: true },
    },
    {
      name: 'resolvedAt',
      type: 'date',
      index: true,
      access: { create: nobodyField, update: nobodyField },
      admin: {
        ...caseOnly,
        position: 'sidebar',
        readOnly: true,
        description: 'Set when the case is resolved.',
      },
    },
    {
      name: 'emailConfirmed',
      type: 'checkbox',
      defaultValue: false,
      // Set by the link in the confirmation e-mail: answers are mailed only to a confirmed address.
      access: { read: staffField, create: nobodyField, update: nobodyField },
      admin: {
        position: 'sidebar',
        readOnly: true,
        description: 'The reader confirmed the address (answers are e-mailed only then).',
      },
    },
    {
      name: 'linkNonces',
      type: 'json',
      // Make each link in the e-mails about this case single-use (see src/lib/caseLinks.ts).
      access: { read: () => false, create: nobodyField, update: nobodyField },
      admin: { hidden: true },
    },
    // A hash of the message, to spot the same text sent again.
    { name: 'fingerprint', type: 'text', index: true, ...serverOnly },
  ],
}
