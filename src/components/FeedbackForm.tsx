'use client'

import { useActionState, useEffect, useRef } from 'react'

import { FEEDBACK_NOTES, FEEDBACK_OUTCOMES, type FeedbackState } from '@/actions/feedbackForm'
import { submitFeedback } from '@/actions/submitFeedback'

import { FEEDBACK_ANSWERS, FEEDBACK_REASONS } from '../collections/Feedback/options'
import { feedbackNoteAnchor } from '../routes'

const INITIAL: FeedbackState = { outcome: null }

type Props = {
  methodId: number | string
  /** The page the form is on, to come back to without JavaScript. */
  back: string
  /** The form's anchor on that page (feedbackAnchor). */
  anchor: string
}

/**
 * "Did this work?" under a method. Without JavaScript a plain form: the answer
 * posts and the reader comes back to the same page at this anchor, where the
 * note for the outcome shows (CSS :target, so the page itself stays static and
 * cached). With JavaScript the note replaces the form in place, announced politely.
 */
export function FeedbackForm({ methodId, back, anchor }: Props) {
  const [state, action, pending] = useActionState(submitFeedback, INITIAL)
  const note = useRef<HTMLParagraphElement>(null)
  // The form the reader was in is gone: keep their place on its note.
  useEffect(() => {
    if (state.outcome) note.current?.focus()
  }, [state])
  const outcome = state.outcome

  return (
    <div className="feedback" id={anchor}>
      {/* Without JavaScript: the note the redirect points at (hidden until it is the page's target). */}
      {FEEDBACK_OUTCOMES.map((o) => (
        <p
          key={o}
          id={feedbackNoteAnchor(anchor, o)}
          className={`feedback-note feedback-note-${o}`}
        >
          <strong>{FEEDBACK_NOTES[o].title}</strong> {FEEDBACK_NOTES[o].text}
        </p>
      ))}
      <div aria-live="polite">
        {outcome ? (
          <p ref={note} tabIndex={-1} className={`feedback-said feedback-said-${outcome}`}>
            <strong>{FEEDBACK_NOTES[outcome].title}</strong> {FEEDBACK_NOTES[outcome].text}
          </p>
        ) : null}
      </div>
      {outcome === 'thanks' ? null : (
        <form action={action} aria-busy={pending}>
          <input type="hidden" name="method" value={String(methodId)} />
          <input type="hidden" name="back" value={back} />
          <input type="hidden" name="anchor" value={anchor} />
          <fieldset>
            <legend>Did this work for you?</legend>
            <button type="submit" name="helpful" value="yes" disabled={pending}>
              {FEEDBACK_ANSWERS.yes}
            </button>
            <details>
              <summary>{FEEDBACK_ANSWERS.no}</summary>
              <label htmlFor={`reason-${methodId}`}>What went wrong? (optional)</label>
              <select id={`reason-${methodId}`} name="reason" defaultValue="">
                <option value="">Choose…</option>
                {Object.entries(FEEDBACK_REASONS).map(([value, label]) => (
                  <option key={value} value={value}>
                    {label}
                  </option>
                ))}
              </select>
              <label htmlFor={`comment-${methodId}`}>Anything else? (optional)</label>
              <input id={`comment-${methodId}`} name="comment" maxLength={500} />
              <button type="submit" name="helpful" value="no" disabled={pending}>
                Send
              </button>
            </details>
          </fieldset>
        </form>
      )}
    </div>
  )
}
