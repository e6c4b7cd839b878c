import type { UIField } from 'payload'

/**
 * The banner at the top of a seeded document's edit view when a newer version
 * of it ships than the one its editors changed (src/seed/version/endpoints.ts).
 */
export const seedUpdateField = (what: 'brand' | 'method' | 'site settings'): UIField => ({
  name: 'seedUpdate',
  type: 'ui',
  admin: {
    disableListColumn: true,
    components: {
      Field: { path: '/components/admin/SeedUpdateBanner#SeedUpdateBanner', clientProps: { what } },
    },
  },
})
