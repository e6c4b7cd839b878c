import type { PayloadRequest } from 'payload'

export const ROLES = ['admin', 'editor', 'support'] as const
export type Role = (typeof ROLES)[number]

type MaybeUser = PayloadRequest['user'] | null | undefined

/** Roles of the signed-in user; only the `users` collection carries roles. */
export const rolesOf = (user: MaybeUser): Role[] => {
  if (!user || user.collection !== 'users') return []
  const roles = (user as { roles?: unknown }).roles
  return Array.isArray(roles) ? (roles.filter((r) => ROLES.includes(r as Role)) as Role[]) : []
}

export const hasRole = (user: MaybeUser, ...wanted: Role[]): boolean =>
  rolesOf(user).some((role) => wanted.includes(role))

/** Admins may do anything. */
export const isAdmin = (user: MaybeUser): boolean => hasRole(user, 'admin')

/** Editors write content; admins can too. */
export const isEditor = (user: MaybeUser): boolean => hasRole(user, 'admin', 'editor')

/** Staff answer and moderate cases: support, editors and admins. */
export const isStaff = (user: MaybeUser): boolean => hasRole(user, 'admin', 'editor', 'support')
