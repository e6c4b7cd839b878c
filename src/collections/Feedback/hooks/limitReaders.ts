import type { CollectionBeforeChangeHook, CollectionBeforeOperationHook } from 'payload'

import { isStaff } from '../../../access'
import { addressHash, clientAddress } from '../../../lib/clientAddress'
import { consume, FEEDBACK_LIMITS } from '../../../lib/rateLimit'

/** "Did this work?" answers are rate-limited per client like cases, on every way in. */
export const limitFeedback: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'create' || isStaff(req.user)) return args
  // Trusted server code (the seed, fixtures) writes with overrideAccess and is not screened.
  if (args.overrideAccess === true) {
    req.context.trustedWrite = true
    return args
  }
  const hash = addressHash(clientAddress(req.headers))
  await consume('feedback', FEEDBACK_LIMITS, hash, 'answers')
  req.context.clientHash = hash
  return args
}

/** Stores the client's address hash (never the address). */
export const stampFeedback: CollectionBeforeChangeHook = ({ data, req }) =>
  typeof req.context.clientHash === 'string' ? { ...data, ipHash: req.context.clientHash } : data
