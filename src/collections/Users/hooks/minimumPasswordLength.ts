import { type CollectionBeforeOperationHook, ValidationError } from 'payload'

import { isPasswordTooShort, passwordTooShortMessage } from '../password'

/**
 * Refuses a password below the minimum wherever one is set: create (and so
 * first-register, which creates), update, and reset-password. Payload's auth
 * config has no minimum-length setting and reset-password runs no field hooks,
 * so the check sits on the operations.
 */
export const minimumPasswordLength: CollectionBeforeOperationHook = ({
  args,
  collection,
  operation,
}) => {
  if (operation !== 'create' && operation !== 'update' && operation !== 'resetPassword') return args
  const { data } = args as { data?: { password?: unknown } }
  if (!isPasswordTooShort(data?.password)) return args
  throw new ValidationError({
    collection: collection.slug,
    errors: [{ path: 'password', message: passwordTooShortMessage }],
  })
}
