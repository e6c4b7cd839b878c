import type { Payload, PayloadRequest } from 'payload'

/** Days a reader's e-mail address is kept after their case is resolved (ERASE_EMAILS_AFTER_DAYS, default 30). */
export const eraseAfterDays = () =>
  Math.max(0, Number(process.env.ERASE_EMAILS_AFTER_DAYS ?? 30) || 0)

/**
 * Erases readers' e-mail addresses from cases resolved longer ago than the
 * configured number of days. Runs when a new case arrives (at most once an
 * hour: src/jobs/mail.ts), and from `npm run erase-emails` (for a daily cron).
 */
export const eraseOldEmails = async (payload: Payload, req?: PayloadRequest, now = Date.now()) => {
  const cutoff = new Date(now - eraseAfterDays() * 24 * 60 * 60 * 1000).toISOString()
  const { docs } = await payload.update({
    collection: 'comments',
    where: {
      and: [
        { caseState: { equals: 'resolved' } },
        { resolvedAt: { less_than_equal: cutoff } },
        { authorEmail: { exists: true } },
      ],
    },
    data: { authorEmail: null, notifyOnReply: false, emailConfirmed: false },
    // Walk the resolvedAt index: the default newest-first order would scan every case.
    sort: 'resolvedAt',
    overrideAccess: true,
    depth: 0,
    ...(req ? { req } : {}),
  })
  return docs.length
}
