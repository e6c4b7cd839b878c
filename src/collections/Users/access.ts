import type { Access } from 'payload'

import { isAdmin } from '../../access'

/** Admins read every account; anyone else signed in reads only their own. */
export const readUsers: Access = ({ req }) => {
  if (isAdmin(req.user)) return true
  if (req.user?.collection === 'users') return { id: { equals: req.user.id } }
  return false
}

/** Admins update any account; others only their own (roles stay admin-only at field level). */
export const updateUsers: Access = readUsers
