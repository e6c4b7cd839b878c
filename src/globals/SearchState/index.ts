import type { GlobalConfig } from 'payload'

import { nobody } from '../../access'

/**
 * The published content's version, for the search index of every instance:
 * the publishing hooks write a new value (src/search/version.ts) in the same
 * transaction as the change, and each instance compares it with the one its
 * index was built from. Only the server reads or writes it.
 */
export const SearchState: GlobalConfig = {
  slug: 'search-state',
  graphQL: false,
  admin: { hidden: true },
  access: { read: nobody, update: nobody },
  fields: [{ name: 'version', type: 'text', maxLength: 64 }],
}
