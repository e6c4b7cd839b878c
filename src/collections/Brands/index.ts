import type { CollectionConfig } from 'payload'

import { DRAFTS } from '@/collections/shared/drafts'
import { formerSlugsField } from '@/collections/shared/formerSlugs'
import { seedUpdateField } from '@/collections/shared/seedUpdate'
import { slugField } from '@/collections/shared/slug'
import { toOptions } from '@/collections/shared/toOptions'
import { validateEmailAddress, validateHexColor, validateUrl } from '@/lib/validators'

import { editors, publishedOrEditors } from '../../access'
import { hiddenUnlessEditor } from '../../access/visibility'
import { brandPreviewUrl } from '../../preview/livePreviewUrl'
import { seedUpdateEndpoints } from '../../seed/version/endpoints'

import { startFromGeneral } from './endpoints/startFromGeneral'
import { modelPatternsField } from './fields/modelPatterns'
import { relationsField } from './fields/relations'
import { deleteMethods } from './hooks/deleteMethods'
import { recordFormerBrandSlug } from './hooks/formerSlugs'
import {
  findBrandsNamingIt,
  rememberLiveRelations,
  revalidateBrandAfterChange,
  revalidateBrandAfterDelete,
} from './hooks/revalidate'
import { PLATFORMS } from './options'

export const Brands: CollectionConfig = {
  slug: 'brands',
  graphQL: { singularName: 'Brand', pluralName: 'Brands' },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'slug', '_status', 'updatedAt'],
    group: 'Guides',
    hidden: hiddenUnlessEditor,
    livePreview: { url: brandPreviewUrl },
  },
  versions: DRAFTS,
  endpoints: [startFromGeneral, ...seedUpdateEndpoints('brands')],
  access: {
    read: publishedOrEditors(),
    create: editors,
    update: editors,
    delete: editors,
  },
  defaultSort: 'name',
  hooks: {
    beforeChange: [recordFormerBrandSlug, rememberLiveRelations],
    afterChange: [revalidateBrandAfterChange],
    afterDelete: [revalidateBrandAfterDelete],
    beforeDelete: [deleteMethods, findBrandsNamingIt],
  },
  fields: [
    seedUpdateField('brand'),
    { name: 'name', type: 'text', required: true, unique: true, maxLength: 80 },
    slugField('name', { unique: true }),
    formerSlugsField('brand'),
    {
      name: 'startFromGeneral',
      type: 'ui',
      admin: {
        position: 'sidebar',
        components: { Field: '/components/admin/StartFromGeneral#StartFromGeneral' },
      },
    },
    { name: 'logo', type: 'upload', relationTo: 'media' },
    {
      name: 'accentColor',
      type: 'text',
      admin: { description: 'Hex colour of the guide header, for example #d71920.' },
      validate: (value: unknown) => validateHexColor(value),
    },
    { name: 'summary', type: 'textarea', maxLength: 600 },
    {
      name: 'aliases',
      type: 'array',
      admin: { description: 'OEM and sub-brand names readers may search for.' },
      fields: [{ name: 'name', type: 'text', required: true, maxLength: 80 }],
    },
    modelPatternsField,
    relationsField,
    {
      name: 'noMethodsAdvice',
      type: 'textarea',
      maxLength: 1200,
      label: 'Advice while no method is sourced',
      admin: {
        description:
          'For a brand with no sourced method of its own: what to do and whom to ask. Shown in one block on its page, in place of “no methods yet”. Blank lines separate paragraphs.',
      },
    },
    {
      name: 'support',
      type: 'group',
      fields: [
        { name: 'website', type: 'text', validate: (value: unknown) => validateUrl(value) },
        { name: 'email', type: 'text', validate: (value: unknown) => validateEmailAddress(value) },
        { name: 'phone', type: 'text', maxLength: 60 },
        { name: 'hours', type: 'text', maxLength: 120 },
        {
          name: 'policy',
          type: 'textarea',
          maxLength: 600,
          admin: { description: 'Who they help, for example "installers and distributors only".' },
        },
        { name: 'responseTime', type: 'text', maxLength: 120, label: 'Typical response time' },
      ],
    },
    {
      name: 'tools',
      type: 'array',
      admin: { description: 'Vendor utilities used by the reset methods.' },
      fields: [
        { name: 'name', type: 'text', required: true, maxLength: 80 },
        { name: 'purpose', type: 'textarea', maxLength: 400 },
        {
          name: 'platforms',
          type: 'select',
          hasMany: true,
          options: toOptions(PLATFORMS),
        },
        { name: 'url', type: 'text', validate: (value: unknown) => validateUrl(value) },
      ],
    },
  ],
}
