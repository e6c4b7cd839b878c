import type { CollectionBeforeOperationHook } from 'payload'

import { addressHash, clientAddress } from '@/lib/clientAddress'
import { consume, LOGIN_PER_CLIENT_LIMITS } from '@/lib/rateLimit'

/**
 * Sign-in attempts per client, counted before anything else about the login:
 * the per-account lockout stops guessing one account's password, this stops
 * one client from guessing across many accounts (or locking them all).
 */
export const limitLogins: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'login') return args
  await consume(
    'logins-client',
    LOGIN_PER_CLIENT_LIMITS,
    addressHash(clientAddress(req.headers)),
    'sign-in attempts',
  )
  return args
}
