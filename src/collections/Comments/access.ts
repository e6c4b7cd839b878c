import type { Access, Where } from 'payload'

import { isStaff } from '../../access'

/**
 * Published, and for a reply its case published too: a reply under a pending
 * or rejected case would tell what that case was about.
 */
const visibleToReaders: Where = {
  and: [
    { status: { equals: 'published' } },
    { or: [{ parent: { exists: false } }, { 'parent.status': { equals: 'published' } }] },
  ],
}

/** Staff read every comment; everyone else only what is visible to readers. */
export const readComments: Access = ({ req }) => (isStaff(req.user) ? true : visibleToReaders)
