import type { CollectionConfig } from 'payload'

import { admins, adminsField, isStaff, ROLES } from '../../access'
import { hiddenUnlessAdmin } from '../../access/visibility'
import { fillDefault } from '../../fields/fillDefault'
import { readUsers, updateUsers } from './access'
import { firstUserIsAdmin } from './hooks/firstUserIsAdmin'

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
    maxLoginAttempts: 5,
    lockTime: 10 * 60 * 1000,
    tokenExpiration: 8 * 60 * 60,
  },
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
    beforeChange: [firstUserIsAdmin],
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
