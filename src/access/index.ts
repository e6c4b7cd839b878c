import type { Access, FieldAccess, Where } from 'payload'

import { isAdmin, isEditor, isStaff } from './roles'

export { hasRole, isAdmin, isEditor, isStaff, ROLES, type Role } from './roles'

export const anyone: Access = () => true
/** For what only the server writes (through the Local API, access overridden). */
export const nobody: Access = () => false

export const admins: Access = ({ req }) => isAdmin(req.user)
export const editors: Access = ({ req }) => isEditor(req.user)
export const staff: Access = ({ req }) => isStaff(req.user)

export const anyoneField: FieldAccess = () => true
export const nobodyField: FieldAccess = () => false
export const adminsField: FieldAccess = ({ req }) => isAdmin(req.user)
export const staffField: FieldAccess = ({ req }) => isStaff(req.user)

/**
 * Editors see drafts; everyone else sees published documents only.
 * Returned as a query constraint so list endpoints filter rather than fail.
 */
export const publishedOrEditors =
  (published: Where = { _status: { equals: 'published' } }): Access =>
  ({ req }) =>
    isEditor(req.user) ? true : published
