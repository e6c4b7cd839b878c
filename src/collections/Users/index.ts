import type { CollectionConfig } from 'payload'

import { fillDefault } from '@/collections/shared/fillDefault'

import { admins, adminsField, isStaff, ROLES } from '../../access'
import { hiddenUnlessAdmin } from '../../access/visibility'

import { readUsers, updateUsers } from './access'
import { sessionCookies } from './cookies'
import { forgotPasswordEqualTiming } from './equalResetTiming'
import { firstUserIsAdmin } from './hooks/firstUserIsAdmin'
import { limitLogins } from './hooks/limitLogins'
import { limitPasswordResets } from './hooks/limitPasswordResets'
import { minimumPasswordLength } from './hooks/minimumPasswordLength'
import { refuseUnknownOrLocked } from './hooks/refuseUnknownOrLocked'
import { sameLoginRefusal } from './hooks/sameLoginRefusal'
import { LOCK_MINUTES, MAX_LOGIN_ATTEMPTS } from './lockout'
import { resetEmailHTML } from './resetEmail'

export const Users: CollectionConfig = {
  slug: 'users',
  graphQL: { singularName: 'User', pluralName: 'Users' },
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['name', 'email', 'roles'],
    group: 'Admin',
    hidden: hiddenUnlessAdmin,
  },
  auth: {
    // Repeated wrong passwords lock the account for a while.
    maxLoginAttempts: MAX_LOGIN_ATTEMPTS,
    lockTime: LOCK_MINUTES * 60 * 1000,
    tokenExpiration: 8 * 60 * 60,
    cookies: sessionCookies(process.env.PUBLIC_URL),
    // Spacing between reset mails is limitPasswordResets' job (see there why not Payload's).
    forgotPassword: { minRequestInterval: 0, generateEmailHTML: resetEmailHTML },
  },
  // Known and unknown addresses answered alike in time too.
  endpoints: [forgotPasswordEqualTiming],
  access: {
    // Only staff may enter the admin panel; readers never have accounts.
    admin: ({ req }) => isStaff(req.user),
    create: admins,
    read: readUsers,
    update: updateUsers,
    delete: admins,
    unlock: admins,
  },
  hooks: {
    beforeOperation: [
      limitLogins,
      minimumPasswordLength,
      refuseUnknownOrLocked,
      limitPasswordResets,
    ],
    beforeChange: [firstUserIsAdmin],
    afterError: [sameLoginRefusal],
  },
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 80 },
    {
      name: 'roles',
      type: 'select',
      hasMany: true,
      // Not `required`, so GraphQL does not demand it; a hook fills the default.
      defaultValue: ['support'],
      hooks: { beforeValidate: [fillDefault(['support'])] },
      options: ROLES.map((role) => ({ label: role[0].toUpperCase() + role.slice(1), value: role })),
      saveToJWT: true,
      access: {
        // Only an admin grants roles; the first account is made admin by a hook.
        create: adminsField,
        update: adminsField,
      },
    },
  ],
}
