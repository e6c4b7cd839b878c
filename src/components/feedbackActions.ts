'use server'

import { headers } from 'next/headers'
import { redirect } from 'next/navigation'

import { isFeedbackReason } from '../collections/Feedback/options'
import { formId } from '../fields/ids'
import { payloadClient } from '../queries/payload'
import { safePath } from '../lib/safePath'
import { feedbackThanksPath } from '../routes'


/**
 * "Did this work?" under a method: a plain form POST, no JavaScript needed.
 * Stored through the Local API as a visitor (rate-limited like cases).
 */
export async function submitFeedback(form: FormData) {
  const safeBack = safePath(form.get('back'))
  const helpful = form.get('helpful') === 'yes' ? 'yes' : 'no'
  const reason = String(form.get('reason') ?? '')
  const payload = await payloadClient()
  let outcome = 'thanks'
  try {
    await payload.create({
      collection: 'feedback',
      overrideAccess: false,
      req: { headers: await headers() } as never,
      data: {
        method: formId(payload.db.defaultIDType, String(form.get('method') ?? '')) as never,
        helpful,
        reason: helpful === 'no' && isFeedbackReason(reason) ? reason : undefined,
        comment: helpful === 'no' ? String(form.get('comment') ?? '').slice(0, 500) || undefined : undefined,
      },
    })
  } catch (error) {
    const status = (error as { status?: number }).status
    if (status === 429) outcome = 'later'
    else if (status === 400) outcome = 'invalid'
    else throw error
  }
  redirect(feedbackThanksPath(outcome, safeBack))
}
