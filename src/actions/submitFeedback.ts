'use server'

import { headers } from 'next/headers'
import { redirect } from 'next/navigation'

import { isFeedbackReason } from '@/collections/Feedback/options'
import { formId } from '@/lib/ids'
import { safePath } from '@/lib/safePath'
import { payloadClient } from '@/queries/payload'
import { type FeedbackOutcome, feedbackReturnPath } from '@/routes'

import type { FeedbackState } from './feedbackForm'

/**
 * Next's header on an action called by the hydrated page (src: next/dist/client/components/app-router-headers).
 * A form posted before or without JavaScript arrives as a plain POST without it.
 */
const SCRIPT_CALL_HEADER = 'next-action'

/** An anchor the form named, if it looks like one of ours (slugs are lower case, digits, hyphens). */
const anchorOf = (value: FormDataEntryValue | null) =>
  typeof value === 'string' && /^[a-z0-9-]{1,160}$/.test(value) ? value : 'feedback'

/**
 * "Did this work?" under a method. Stored through the Local API as a visitor,
 * so the readers' pipeline applies (rate limit, shapes). With JavaScript the
 * outcome comes back to the form in place; without it, a redirect back to the
 * same page at the method, where the outcome's note shows.
 */
export async function submitFeedback(
  _previous: FeedbackState,
  form: FormData,
): Promise<FeedbackState> {
  const helpful = form.get('helpful') === 'yes' ? 'yes' : 'no'
  const reason = String(form.get('reason') ?? '')
  const requestHeaders = await headers()
  const payload = await payloadClient()
  let outcome: FeedbackOutcome = 'thanks'
  try {
    await payload.create({
      collection: 'feedback',
      overrideAccess: false,
      req: { headers: requestHeaders } as never,
      data: {
        method: formId(payload.db.defaultIDType, String(form.get('method') ?? '')) as never,
        helpful,
        reason: helpful === 'no' && isFeedbackReason(reason) ? reason : undefined,
        comment:
          helpful === 'no'
            ? String(form.get('comment') ?? '').slice(0, 500) || undefined
            : undefined,
      },
    })
  } catch (error) {
    // Matched by shape, not instanceof: the action's bundle and Payload may hold separate copies of the classes.
    const status = (error as { status?: number }).status
    if (status === 429) outcome = 'later'
    else if (status === 400) outcome = 'invalid'
    else throw error
  }
  // Asked by the request itself, not by a field the page adds once hydrated: a tap that came before
  // hydration finished still gets its answer (in place, or at the method after the redirect).
  if (requestHeaders.has(SCRIPT_CALL_HEADER)) return { outcome }
  redirect(feedbackReturnPath(safePath(form.get('back')), anchorOf(form.get('anchor')), outcome))
}
