import type { CollectionBeforeOperationHook } from 'payload'

import { addressHash, clientAddress } from '@/lib/clientAddress'
import { consume, RESET_PER_CLIENT_LIMITS, RESET_PER_EMAIL_LIMITS } from '@/lib/rateLimit'

/**
 * Spaces out password-reset mails: a few per e-mail address every 15 minutes
 * and a few dozen per client a day, counted alike for addresses that have an
 * account and those that do not (the answer must not tell them apart).
 *
 * Payload's own spacing (auth.forgotPassword.minRequestInterval) is off: it
 * writes outside the request's transaction, which on SQLite waits for that very
 * transaction and fails.
 */
export const limitPasswordResets: CollectionBeforeOperationHook = async ({
  args,
  operation,
  req,
}) => {
  if (operation !== 'forgotPassword' || args.disableEmail) return args
  const email = (args as { data?: { email?: unknown } }).data?.email
  await consume(
    'password-resets-client',
    RESET_PER_CLIENT_LIMITS,
    addressHash(clientAddress(req.headers)),
    'password reset requests',
  )
  if (typeof email === 'string') {
    await consume(
      'password-resets-email',
      RESET_PER_EMAIL_LIMITS,
      addressHash(`email:${email.toLowerCase().trim()}`),
      'password reset requests for this address',
    )
  }
  return args
}
