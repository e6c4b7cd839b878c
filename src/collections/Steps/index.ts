import type { CollectionConfig } from 'payload'

import { toOptions } from '@/collections/shared/toOptions'

import { editors, nobodyField } from '../../access'
import { hiddenUnlessEditor } from '../../access/visibility'

import { readSteps } from './access'
import { keepLastStepWhilePublished, keepTextWhilePublished } from './hooks/keepPublishedFollowable'
import { revalidateStepAfterChange, revalidateStepAfterDelete } from './hooks/revalidate'
import { storePlainText } from './hooks/storePlainText'
import { uniqueOrderPerMethod } from './hooks/uniqueOrderPerMethod'
import { CALLOUT_KINDS } from './options'

export const Steps: CollectionConfig = {
  slug: 'steps',
  graphQL: { singularName: 'Step', pluralName: 'Steps' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'method', 'order'],
    group: 'Guides',
    hidden: hiddenUnlessEditor,
  },
  access: {
    read: readSteps,
    create: editors,
    update: editors,
    delete: editors,
  },
  defaultSort: 'order',
  hooks: {
    afterChange: [revalidateStepAfterChange],
    afterDelete: [revalidateStepAfterDelete],
    // storePlainText first: keepTextWhilePublished reads the text it derives.
    beforeChange: [uniqueOrderPerMethod, storePlainText, keepTextWhilePublished],
    beforeDelete: [keepLastStepWhilePublished],
  },
  fields: [
    {
      name: 'method',
      type: 'relationship',
      relationTo: 'methods',
      required: true,
      index: true,
      admin: { position: 'sidebar' },
    },
    {
      name: 'order',
      type: 'number',
      required: true,
      min: 1,
      max: 1000,
      admin: { position: 'sidebar', description: 'Step number within the method, from 1.' },
    },
    { name: 'title', type: 'text', required: true, maxLength: 160 },
    { name: 'body', type: 'richText' },
    {
      name: 'plainText',
      type: 'textarea',
      // Written by a hook from the body; searched, never edited.
      admin: { hidden: true },
      access: { create: nobodyField, update: nobodyField },
    },
    { name: 'image', type: 'upload', relationTo: 'media' },
    {
      name: 'callouts',
      type: 'array',
      admin: {
        description:
          'Tips, warnings ("you will lose all settings") and notes shown beside the step.',
      },
      fields: [
        {
          name: 'kind',
          type: 'select',
          required: true,
          defaultValue: 'note',
          options: toOptions(CALLOUT_KINDS),
        },
        { name: 'text', type: 'textarea', required: true, maxLength: 600 },
      ],
    },
  ],
}
