/** Where a comment stands in moderation: readers' comments wait as pending; screening may mark one as spam. */
export const COMMENT_STATUSES = ['pending', 'published', 'rejected', 'spam'] as const

/** Where a reader's case stands: open until staff reply (answered), resolved when the reader says so. */
export const CASE_STATES = ['open', 'answered', 'resolved'] as const

export type CommentStatus = (typeof COMMENT_STATUSES)[number]
export type CaseState = (typeof CASE_STATES)[number]
