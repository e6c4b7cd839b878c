import type { CollectionConfig } from 'payload'

import { nobody } from '../../access'

/**
 * Which version of the shipped content each seeded item holds (src/seed/version/).
 * One row per item: a brand, a method with its steps, or the site global, by
 * its stable key. Kept beside the documents rather than in them: brands and
 * methods have drafts, and a field inside them would travel with every draft
 * and restored version, so an editor's publish could overwrite what the seed
 * recorded. Only the server writes it; nobody reads it through the API (the
 * admin asks the documents' own seed-update endpoints).
 */
export const SeedState: CollectionConfig = {
  slug: 'seed-state',
  labels: { singular: 'Seeded item', plural: 'Seeded items' },
  graphQL: false,
  admin: { useAsTitle: 'key', hidden: true },
  access: { read: nobody, create: nobody, update: nobody, delete: nobody },
  fields: [
    // `<brandSlug>`, `<brandSlug>/<methodSlug>`, `general/<methodSlug>` or `site`.
    { name: 'key', type: 'text', required: true, unique: true },
    // The document the item lives in (none for the site global; emptied when the document is deleted).
    { name: 'brand', type: 'relationship', relationTo: 'brands', index: true },
    { name: 'method', type: 'relationship', relationTo: 'methods', index: true },
    // Hash of the shipped version the document holds, as far as is known: empty when editors changed it before it was recorded.
    { name: 'version', type: 'text' },
    // Hash of a newer shipped version editors have not taken yet (the admin's banner).
    { name: 'available', type: 'text' },
    // Hash of a shipped version editors chose not to take ("Keep mine"): not offered again.
    { name: 'declined', type: 'text' },
  ],
}
