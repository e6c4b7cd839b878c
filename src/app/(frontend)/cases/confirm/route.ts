import config from '@payload-config'
import { getPayload } from 'payload'

import { checkCaseLink } from '../../../../lib/caseLinks'

/**
 * The links in an answer e-mail: "This solved it" marks the case resolved,
 * "Still stuck" reopens it. Signed, expiring and single-use.
 */
export async function GET(request: Request) {
  const url = new URL(request.url)
  const payload = await getPayload({ config })
  const id = url.searchParams.get('case') ?? ''
  const kase = id
    ? await payload.findByID({ collection: 'comments', id, depth: 0, overrideAccess: true, disableErrors: true, showHiddenFields: true }).catch(() => null)
    : null
  const check = checkCaseLink(url.searchParams, (kase as { answerNonce?: string | null } | null)?.answerNonce)
  if (!kase || !check.ok) {
    return new Response(check.ok ? 'This case no longer exists.' : check.reason, { status: 400, headers: { 'content-type': 'text/plain; charset=utf-8' } })
  }
  await payload.update({
    collection: 'comments',
    id: kase.id,
    overrideAccess: true,
    data: { caseState: check.action === 'solved' ? 'resolved' : 'open', answerNonce: null },
  })
  return Response.redirect(new URL(`/cases/received?confirmed=${check.action}`, url), 303)
}
