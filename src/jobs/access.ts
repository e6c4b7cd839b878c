import crypto from 'node:crypto'

import type { PayloadRequest } from 'payload'

import { isAdmin } from '../access'
import { requireSecret } from '../secret'

/** The token the server's own scheduler sends to /api/payload-jobs/run; derived, so nothing more to configure. */
export const schedulerToken = (secret = requireSecret()) =>
  crypto.createHmac('sha256', secret).update('resethub:run-jobs').digest('base64url')

const sameText = (a: string, b: string) => {
  const x = Buffer.from(a)
  const y = Buffer.from(b)
  return x.length === y.length && crypto.timingSafeEqual(x, y)
}

/** Scheduled jobs run for an admin, or for the scheduler holding the token. */
export const canRunJobs = ({ req }: { req: PayloadRequest }): boolean => {
  if (isAdmin(req.user)) return true
  const header = req.headers.get('authorization') ?? ''
  return header.startsWith('Bearer ') && sameText(header.slice(7), schedulerToken())
}
