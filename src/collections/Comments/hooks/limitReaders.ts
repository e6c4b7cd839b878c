import type { CollectionBeforeOperationHook } from 'payload'

import { isStaff } from '../../../access'
import { addressHash, clientAddress } from '../../../lib/clientAddress'
import { CASE_LIMITS, consume } from '../../../lib/rateLimit'

/**
 * Every way a reader opens a case (the form, REST, GraphQL) passes here before
 * anything is validated or stored: a rate limit per client, keyed on a hash of
 * an address the client cannot choose. Staff are not limited.
 */
export const limitReaders: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'create' || isStaff(req.user)) return args
  // Trusted server code (the seed, fixtures) writes with overrideAccess and is not screened.
  if (args.overrideAccess === true) {
    req.context.trustedWrite = true
    return args
  }
  const hash = addressHash(clientAddress(req.headers))
  await consume('cases', CASE_LIMITS, hash, 'cases')
  req.context.clientHash = hash
  return args
}
