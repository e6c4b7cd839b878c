import { hasRole, isEditor } from './roles'

/**
 * Which collections each role sees in the admin. This only tidies the
 * navigation; the access rules beside each collection are the protection.
 * Editors work on content and media, support on cases, admins on everything
 * and users. Feedback stays visible to all staff: it tells editors which
 * methods fail and support what readers hit.
 */
// Collections pass the client's user, globals the typed one: only `roles` is read.
type Hidden = (args: { user: object | null }) => boolean

const asUser = (user: object | null) =>
  user ? ({ ...user, collection: 'users' } as Parameters<typeof isEditor>[0]) : null

export const hiddenUnlessEditor: Hidden = ({ user }) => !isEditor(asUser(user))
export const hiddenUnlessSupport: Hidden = ({ user }) => !hasRole(asUser(user), 'admin', 'support')
export const hiddenUnlessAdmin: Hidden = ({ user }) => !hasRole(asUser(user), 'admin')
