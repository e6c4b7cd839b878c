import { submitFeedback } from './feedbackActions'
import { FEEDBACK_REASONS } from '../collections/Feedback/options'

/** "Did this work?" under a method. A plain form: works without JavaScript. */
export function FeedbackForm({ methodId, back }: { methodId: number | string; back: string }) {
  return (
    <form action={submitFeedback} className="feedback">
      <input type="hidden" name="method" value={String(methodId)} />
      <input type="hidden" name="back" value={back} />
      <fieldset>
        <legend>Did this work for you?</legend>
        <button type="submit" name="helpful" value="yes">
          Yes, it worked
        </button>
        <details>
          <summary>No, it didn’t</summary>
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
          <button type="submit" name="helpful" value="no">
            Send
          </button>
        </details>
      </fieldset>
    </form>
  )
}
