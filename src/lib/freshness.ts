/**
 * When a method is due for a check against its sources: never checked, or last
 * checked more than a year ago. The dashboard's list and its link to the admin's
 * method list both read the rule from here.
 */
import type { Where } from 'payload'

export const CHECK_AGAIN_AFTER_DAYS = 365

const DAY = 24 * 60 * 60 * 1000

/** Checked before this moment: due again. */
export const staleBefore = (now: Date = new Date()): Date =>
  new Date(now.getTime() - CHECK_AGAIN_AFTER_DAYS * DAY)

/** Whether a method's `lastChecked` (empty: never) makes it due for a check. */
export const isStale = (
  lastChecked: string | Date | null | undefined,
  now: Date = new Date(),
): boolean => {
  if (!lastChecked) return true
  const checked = new Date(lastChecked)
  return Number.isNaN(checked.getTime()) || checked < staleBefore(now)
}

/** Published methods never checked. */
export const neverCheckedWhere: Where = {
  and: [{ _status: { equals: 'published' } }, { lastChecked: { exists: false } }],
}

/** Published methods checked, but longer ago than the rule allows. */
export const checkedLongAgoWhere = (now: Date = new Date()): Where => ({
  and: [
    { _status: { equals: 'published' } },
    { lastChecked: { less_than: staleBefore(now).toISOString() } },
  ],
})

/** Both together, for the admin's list of every method due for a check. */
export const staleWhere = (now: Date = new Date()): Where => ({
  or: [neverCheckedWhere, checkedLongAgoWhere(now)],
})
