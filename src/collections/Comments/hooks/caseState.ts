import type { CollectionAfterChangeHook, CollectionBeforeChangeHook } from 'payload'

import { idOf } from '@/lib/ids'

import type { CaseState } from '../options'

/** Cases still waiting for an answer sort first on the public pages; a resolved case remembers when. */
export const trackAwaitingAnswer: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const parent = data.parent !== undefined ? data.parent : originalDoc?.parent
  const state: CaseState = data.caseState ?? originalDoc?.caseState ?? 'open'
  // When it was resolved: readers' e-mail addresses are erased some days later.
  const resolvedAt =
    state === 'resolved'
      ? originalDoc?.caseState === 'resolved'
        ? originalDoc.resolvedAt
        : new Date().toISOString()
      : null
  return { ...data, awaitingAnswer: idOf(parent) === null && state === 'open', resolvedAt }
}

/** A staff reply answers its case. */
export const markCaseAnswered: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  const parent = idOf(doc.parent)
  if (operation !== 'create' || !doc.staff || parent === null) return doc
  const kase = await req.payload.findByID({
    collection: 'comments',
    id: parent,
    depth: 0,
    overrideAccess: true,
    req,
    disableErrors: true,
  })
  if (kase && kase.caseState === 'open') {
    await req.payload.update({
      collection: 'comments',
      id: parent,
      data: { caseState: 'answered' },
      overrideAccess: true,
      req,
    })
  }
  return doc
}
