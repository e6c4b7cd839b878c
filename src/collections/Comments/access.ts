import type { Access } from 'payload'

import { isStaff } from '../../access'

/** Staff read every case; everyone else only published ones. */
export const readComments: Access = ({ req }) =>
  isStaff(req.user) ? true : { status: { equals: 'published' } }
