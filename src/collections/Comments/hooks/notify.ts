import type { CollectionAfterChangeHook, PayloadRequest } from 'payload'

import { queueEmail, queueErasure } from '@/jobs/mail'
import { caseLink, newNonce, storedNonces, type LinkAction, type LinkNonces } from '@/lib/caseLinks'
import { idOf } from '@/lib/ids'
import { siteUrl } from '@/lib/site'

/** The case as stored, private fields included (the hook's `doc` is what the writer may read). */
const storedCase = (req: PayloadRequest, id: number | string) =>
  req.payload.findByID({
    collection: 'comments',
    id,
    depth: 0,
    overrideAccess: true,
    showHiddenFields: true,
    req,
    disableErrors: true,
  })

/** New nonces for some of a case's links; those links count as unused again. */
const renew = (stored: unknown, actions: LinkAction[]): LinkNonces => {
  const nonces = storedNonces(stored)
  for (const action of actions) nonces[action] = newNonce()
  return { ...nonces, used: (nonces.used ?? []).filter((a) => !actions.includes(a)) }
}

/**
 * A reader who leaves an address and asks to be told of answers first gets a
 * link to confirm it: answers go only to a confirmed address, so nobody can aim
 * staff answers at someone else's inbox. A changed address needs confirming again.
 */
export const emailAddressConfirmation: CollectionAfterChangeHook = async ({
  doc,
  previousDoc,
  operation,
  req,
}) => {
  if (doc.staff) return doc
  if (operation === 'update' && (previousDoc?.authorEmail ?? null) === (doc.authorEmail ?? null))
    return doc
  const kase = await storedCase(req, doc.id)
  if (!kase?.authorEmail || !kase.notifyOnReply) return doc
  const linkNonces = renew(kase.linkNonces, ['email'])
  await req.payload.update({
    collection: 'comments',
    id: kase.id,
    data: { emailConfirmed: false, linkNonces },
    overrideAccess: true,
    depth: 0,
    req,
  })
  await queueEmail(req, {
    to: kase.authorEmail,
    subject: 'Confirm your address to hear from ResetHub support',
    text: [
      `Hello ${kase.authorName},`,
      '',
      'You opened a case on ResetHub and asked to be told by e-mail when support answers.',
      'Confirm that this address is yours, and answers will be sent here:',
      '',
      caseLink(kase.id, 'email', linkNonces.email!),
      '',
      'If you did not open a case, ignore this message: nothing will be sent to you.',
    ].join('\n'),
  })
  return doc
}

/**
 * When staff answer a case whose author asked to be told and confirmed the
 * address, the author gets the answer by e-mail with the "This solved it" and
 * "Still stuck" links.
 */
export const emailAnswer: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  const parentId = idOf(doc.parent)
  if (operation !== 'create' || !doc.staff || parentId === null) return doc
  const kase = await storedCase(req, parentId)
  if (!kase?.notifyOnReply || !kase.authorEmail || !kase.emailConfirmed) return doc
  const linkNonces = renew(kase.linkNonces, ['solved', 'stuck'])
  await req.payload.update({
    collection: 'comments',
    id: parentId,
    data: { linkNonces },
    overrideAccess: true,
    depth: 0,
    req,
  })
  await queueEmail(req, {
    to: kase.authorEmail,
    subject: 'Support answered your case on ResetHub',
    text: [
      `Hello ${kase.authorName},`,
      '',
      'Support answered the case you opened:',
      '',
      doc.body,
      '',
      `This solved it: ${caseLink(parentId, 'solved', linkNonces.solved!)}`,
      `Still stuck: ${caseLink(parentId, 'stuck', linkNonces.stuck!)}`,
      '',
      'Each link works once and for 14 days.',
    ].join('\n'),
  })
  return doc
}

/** Staff hear of every new case waiting for moderation (at SUPPORT_EMAIL, when set). */
export const emailStaffNewCase: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  if (operation !== 'create' || doc.staff) return doc
  // A good moment to forget old addresses: no separate scheduler is needed. Queued, so it runs after this write.
  await queueErasure(req)
  const to = process.env.SUPPORT_EMAIL
  if (doc.status !== 'pending' || !to) return doc
  await queueEmail(req, {
    to,
    subject: `New case to moderate from ${doc.authorName}`,
    text: [
      `${doc.authorName}${doc.deviceModel ? ` (${doc.deviceModel})` : ''} wrote:`,
      '',
      doc.body,
      '',
      `Moderate it: ${siteUrl()}/admin/collections/comments/${doc.id}`,
    ].join('\n'),
  })
  return doc
}
