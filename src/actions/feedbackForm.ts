import type { FeedbackOutcome } from '@/routes'

/** What "Did this work?" says after an answer: where the form was with JavaScript, at the method's anchor without. */
export const FEEDBACK_NOTES: Record<FeedbackOutcome, { title: string; text: string }> = {
  thanks: {
    title: 'Thank you for telling us.',
    text: 'Your answer helps support see which methods work and which need fixing.',
  },
  later: {
    title: 'Your answer was not saved.',
    text: 'Many answers came from your connection in a short time. Please try again later.',
  },
  invalid: {
    title: 'That answer could not be saved.',
    text: 'The method was not found, perhaps because it was just changed. Reload the page and try again.',
  },
}

export const FEEDBACK_OUTCOMES = Object.keys(FEEDBACK_NOTES) as FeedbackOutcome[]

/** The state the server action hands back to the form when JavaScript runs. */
export type FeedbackState = { outcome: FeedbackOutcome | null }
