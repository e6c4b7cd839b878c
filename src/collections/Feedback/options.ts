/** The answers to "Did this work?". */
export const FEEDBACK_ANSWERS = { yes: 'Yes, it worked', no: 'No, it didn’t' } as const

/** Why a method did not work, as readers choose it under "Did this work?": the one list of reasons. */
export const FEEDBACK_REASONS = {
  'step-mismatch': 'A step didn’t match my screen',
  'missing-requirement': 'I didn’t have what was needed',
  other: 'Other',
} as const

export type FeedbackReason = keyof typeof FEEDBACK_REASONS

export const isFeedbackReason = (value: unknown): value is FeedbackReason =>
  typeof value === 'string' && value in FEEDBACK_REASONS
