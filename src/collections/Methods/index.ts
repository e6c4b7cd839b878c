import type { CollectionConfig } from 'payload'

import { DRAFTS } from '@/collections/shared/drafts'
import { formerSlugsField } from '@/collections/shared/formerSlugs'
import { seedUpdateField } from '@/collections/shared/seedUpdate'
import { slugField } from '@/collections/shared/slug'
import { PUBLISHERS, sourceFields } from '@/collections/shared/sources'
import { toOptions } from '@/collections/shared/toOptions'

import { editors } from '../../access'
import { hiddenUnlessEditor } from '../../access/visibility'
import { methodPreviewUrl } from '../../preview/livePreviewUrl'
import { seedUpdateEndpoints } from '../../seed/version/endpoints'

import { readMethods } from './access'
import { reorderSteps } from './endpoints/reorderSteps'
import { feedbackSummary } from './fields/feedbackSummary'
import { deleteDependents } from './hooks/deleteDependents'
import { recordFormerMethodSlug } from './hooks/formerSlugs'
import { requireStepsToPublish } from './hooks/requireStepsToPublish'
import { revalidateMethodAfterChange, revalidateMethodAfterDelete } from './hooks/revalidate'
import { uniqueSlugPerBrand } from './hooks/uniqueSlugPerBrand'
import { DATA_LOSS, METHOD_KINDS, REQUIREMENTS } from './options'

export const Methods: CollectionConfig = {
  slug: 'methods',
  graphQL: { singularName: 'Method', pluralName: 'Methods' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: [
      'title',
      'brand',
      'kind',
      'dataLoss',
      'lastChecked',
      'feedbackSummary',
      '_status',
    ],
    group: 'Guides',
    description: 'A way to get back into a recorder. Leave the brand empty for a general method.',
    hidden: hiddenUnlessEditor,
    livePreview: { url: methodPreviewUrl },
  },
  versions: DRAFTS,
  endpoints: [reorderSteps, ...seedUpdateEndpoints('methods')],
  access: {
    read: readMethods,
    create: editors,
    update: editors,
    delete: editors,
  },
  defaultSort: 'order',
  hooks: {
    afterChange: [revalidateMethodAfterChange],
    afterDelete: [revalidateMethodAfterDelete],
    beforeDelete: [deleteDependents],
    beforeChange: [uniqueSlugPerBrand, requireStepsToPublish, recordFormerMethodSlug],
  },
  fields: [
    seedUpdateField('method'),
    { name: 'title', type: 'text', required: true, maxLength: 120 },
    slugField('title'),
    formerSlugsField('method'),
    {
      name: 'brand',
      type: 'relationship',
      relationTo: 'brands',
      index: true,
      admin: { position: 'sidebar', description: 'Empty: a general method for any brand.' },
    },
    {
      name: 'basedOn',
      type: 'relationship',
      relationTo: 'methods',
      index: true,
      filterOptions: { brand: { exists: false } },
      admin: {
        position: 'sidebar',
        readOnly: true,
        description:
          'The general method this one was copied from ("Start from the general guide").',
        condition: (data) => Boolean(data?.basedOn),
      },
    },
    {
      name: 'kind',
      type: 'select',
      required: true,
      options: toOptions(METHOD_KINDS),
      admin: { position: 'sidebar' },
    },
    {
      name: 'lastChecked',
      type: 'date',
      label: 'Last checked against its sources',
      admin: {
        position: 'sidebar',
        date: { pickerAppearance: 'dayOnly', displayFormat: 'd MMMM yyyy' },
        description:
          'The day an editor last checked every claim here against the sources. Shown to readers.',
      },
    },
    {
      name: 'order',
      type: 'number',
      defaultValue: 10,
      min: 0,
      max: 10000,
      admin: { position: 'sidebar', description: 'Lower numbers are listed first.' },
    },
    { name: 'summary', type: 'textarea', maxLength: 600 },
    {
      name: 'requirements',
      type: 'select',
      hasMany: true,
      options: toOptions(REQUIREMENTS),
      admin: { description: 'What the reader must have for this method to work.' },
    },
    {
      name: 'dataLoss',
      type: 'select',
      required: true,
      defaultValue: 'none',
      options: toOptions(DATA_LOSS),
    },
    {
      type: 'row',
      fields: [
        {
          name: 'estimatedTime',
          type: 'text',
          maxLength: 80,
          admin: { description: 'For example "10 minutes" or "1–2 days".' },
        },
        {
          name: 'validity',
          type: 'text',
          maxLength: 160,
          admin: { description: 'For example "code valid 48 h, void after a reboot".' },
        },
      ],
    },
    {
      name: 'lockout',
      type: 'text',
      maxLength: 200,
      admin: { description: 'What happens after wrong attempts.' },
    },
    {
      name: 'appliesTo',
      type: 'group',
      fields: [
        { name: 'models', type: 'textarea', maxLength: 600 },
        { name: 'firmware', type: 'text', maxLength: 200 },
      ],
    },
    {
      name: 'sources',
      type: 'array',
      admin: {
        description:
          'The documents this method rests on, each linked to the page or article that says it; shown to readers. A third-party page only where the vendor has none.',
      },
      fields: [
        ...sourceFields(),
        {
          name: 'publisher',
          type: 'select',
          defaultValue: 'vendor',
          options: toOptions(PUBLISHERS),
          admin: { description: 'Readers see a third-party source labelled as such.' },
        },
      ],
    },
    feedbackSummary,
    {
      name: 'steps',
      type: 'join',
      collection: 'steps',
      on: 'method',
      defaultSort: 'order',
      defaultLimit: 100,
      admin: {
        defaultColumns: ['order', 'title', 'image'],
        description: 'Drag to reorder. Readers follow them in this order.',
        components: { Field: '/components/admin/StepsEditor#StepsEditor' },
      },
    },
  ],
}
