import { AuthenticationError, type CollectionBeforeOperationHook } from 'payload'

import { spendPasswordCheckTime } from '../password'

/**
 * Before Payload's login: an unknown e-mail or a locked account is refused
 * exactly like a wrong password, after as much time. Payload would answer both
 * at once, without hashing, and a locked account with a message of its own, so
 * the answer and its timing would tell that an account exists.
 */
export const refuseUnknownOrLocked: CollectionBeforeOperationHook = async ({
  args,
  collection,
  operation,
  req,
}) => {
  if (operation !== 'login') return args
  const { data } = args as { data?: { email?: unknown; password?: unknown } }
  const email = typeof data?.email === 'string' ? data.email.toLowerCase().trim() : ''
  const password = data?.password
  // Missing fields are Payload's to report.
  if (!email || typeof password !== 'string' || password.trim() === '') return args
  const user = await req.payload.db.findOne<{ id: number | string; lockUntil?: string | null }>({
    collection: collection.slug,
    req,
    where: { email: { equals: email } },
  })
  const locked = Boolean(user?.lockUntil && new Date(user.lockUntil).getTime() > Date.now())
  if (user && !locked) return args
  await spendPasswordCheckTime(password)
  throw new AuthenticationError(req.t)
}
