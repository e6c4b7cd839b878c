import type { CollectionAfterChangeHook } from 'payload'

import { idOf } from '../../../fields/ids'
import { caseLink, newNonce } from '../../../lib/caseLinks'
import { siteUrl } from '../../../lib/site'
import { eraseOldEmails } from '../erase'

/**
 * When staff answer a case whose author asked to be told, the author gets the
 * answer by e-mail with the "This solved it" and "Still stuck" links.
 */
export const emailAnswer: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  const parentId = idOf(doc.parent)
  if (operation !== 'create' || !doc.staff || parentId === null) return doc
  const kase = await req.payload.findByID({ collection: 'comments', id: parentId, depth: 0, overrideAccess: true, req, disableErrors: true })
  if (!kase?.notifyOnReply || !kase.authorEmail) return doc
  const nonce = newNonce()
  await req.payload.update({ collection: 'comments', id: parentId, data: { answerNonce: nonce }, overrideAccess: true, req })
  const solved = caseLink(parentId, 'solved', nonce)
  const stuck = caseLink(parentId, 'stuck', nonce)
  await req.payload.sendEmail({
    to: kase.authorEmail,
    subject: 'Support answered your case on ResetHub',
    text: [
      `Hello ${kase.authorName},`,
      '',
      'Support answered the case you opened:',
      '',
      doc.body,
      '',
      `This solved it: ${solved}`,
      `Still stuck: ${stuck}`,
      '',
      'Each link works once and for 14 days.',
    ].join('\n'),
  })
  return doc
}

/** Staff hear of every new case waiting for moderation (at SUPPORT_EMAIL, when set). */
export const emailStaffNewCase: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  if (operation !== 'create' || doc.staff) return doc
  // A good moment to forget old addresses: no separate scheduler is needed.
  await eraseOldEmails(req.payload, req)
  const to = process.env.SUPPORT_EMAIL
  if (doc.status !== 'pending' || !to) return doc
  await req.payload.sendEmail({
    to,
    subject: `New case to moderate from ${doc.authorName}`,
    text: [`${doc.authorName}${doc.deviceModel ? ` (${doc.deviceModel})` : ''} wrote:`, '', doc.body, '', `Moderate it: ${siteUrl()}/admin/collections/comments/${doc.id}`].join('\n'),
  })
  return doc
}
