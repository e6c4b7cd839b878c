import type { GlobalConfig } from 'payload'

import { seedUpdateField } from '@/collections/shared/seedUpdate'

import { anyone, editors } from '../../access'
import { hiddenUnlessEditor } from '../../access/visibility'
import { seedUpdateEndpoints } from '../../seed/version/endpoints'

import { revalidateSiteAfterChange } from './hooks/revalidate'

/** Site-wide words and the general guide's shared sections. */
export const Site: GlobalConfig = {
  slug: 'site',
  graphQL: { name: 'Site' },
  admin: { group: 'Guides', hidden: hiddenUnlessEditor },
  access: {
    read: anyone,
    update: editors,
  },
  hooks: {
    afterChange: [revalidateSiteAfterChange],
  },
  endpoints: seedUpdateEndpoints('site'),
  fields: [
    seedUpdateField('site settings'),
    { name: 'name', type: 'text', required: true, defaultValue: 'ResetHub', maxLength: 60 },
    { name: 'tagline', type: 'text', maxLength: 160 },
    {
      name: 'beforeYouStart',
      type: 'array',
      label: 'Before you start',
      fields: [
        { name: 'title', type: 'text', required: true, maxLength: 120 },
        { name: 'text', type: 'textarea', required: true, maxLength: 800 },
      ],
    },
    {
      name: 'preventionTips',
      type: 'array',
      label: 'Avoid getting locked out again',
      fields: [
        { name: 'title', type: 'text', required: true, maxLength: 120 },
        { name: 'text', type: 'textarea', required: true, maxLength: 800 },
      ],
    },
    { name: 'closingWords', type: 'textarea', maxLength: 1200 },
  ],
}
