import type { RoleName } from './fixtures'

export type Operation = 'create' | 'read' | 'update' | 'delete'
export type CollectionSlug =
  'brands' | 'methods' | 'steps' | 'comments' | 'feedback' | 'media' | 'users'

const ALL: RoleName[] = ['anonymous', 'support', 'editor', 'admin']
const STAFF: RoleName[] = ['support', 'editor', 'admin']
const EDITORS: RoleName[] = ['editor', 'admin']
const ADMINS: RoleName[] = ['admin']

const content = { create: EDITORS, read: ALL, update: EDITORS, delete: EDITORS }

/**
 * Who may do what, as the README's "Roles" section states it.
 * `users.read` and `users.update` mean another person's account; everyone
 * signed in may read and update their own (tested separately).
 */
export const ALLOWED: Record<CollectionSlug, Record<Operation, RoleName[]>> = {
  brands: content,
  methods: content,
  steps: content,
  media: content,
  comments: { create: ALL, read: ALL, update: STAFF, delete: ADMINS },
  feedback: { create: ALL, read: STAFF, update: ADMINS, delete: ADMINS },
  users: { create: ADMINS, read: ADMINS, update: ADMINS, delete: ADMINS },
}

export const SITE_ALLOWED: Record<'read' | 'update', RoleName[]> = { read: ALL, update: EDITORS }

export const cells = () =>
  (Object.keys(ALLOWED) as CollectionSlug[]).flatMap((collection) =>
    (['create', 'read', 'update', 'delete'] as Operation[]).flatMap((operation) =>
      ALL.map((role) => ({
        collection,
        operation,
        role,
        allowed: ALLOWED[collection][operation].includes(role),
      })),
    ),
  )
