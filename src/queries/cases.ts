import type { Where } from 'payload'

import { PUBLIC_VIEWER, readAs } from '@/access/viewer'
import { idOf } from '@/lib/ids'

import type { Comment } from '../payload-types'

import { payloadClient } from './payload'

export const CASES_PER_PAGE = 10

export type PublicCase = Pick<
  Comment,
  'id' | 'authorName' | 'deviceModel' | 'firmware' | 'body' | 'caseState' | 'createdAt'
> & {
  methodTitle: string | null
  replies: Pick<Comment, 'id' | 'authorName' | 'body' | 'staff' | 'createdAt'>[]
}

/** A brand's cases (optionally about one of its methods), or the general guide's. */
export type CaseScope = { brand: number | string; method?: number | string } | { general: true }

const scopeWhere = (scope: CaseScope): Where =>
  'general' in scope
    ? { brand: { exists: false } }
    : {
        and: [
          { brand: { equals: scope.brand } },
          ...(scope.method !== undefined ? [{ method: { equals: scope.method } }] : []),
        ],
      }

/**
 * One page of published cases for a guide, unanswered first then newest, with
 * their published replies: three queries whatever the number of cases (count,
 * page, replies), two with `count: false`, which reads one case more than a
 * page to tell whether there are older ones (the guide's first page does).
 * Read as a visitor, so private fields never come back.
 */
export const listCases = async (scope: CaseScope, page = 1, { count = true } = {}) => {
  const payload = await payloadClient()
  const as = readAs(PUBLIC_VIEWER)
  const cases = await payload.find({
    collection: 'comments',
    ...as,
    where: { and: [scopeWhere(scope), { parent: { exists: false } }] },
    sort: ['-awaitingAnswer', '-createdAt'],
    ...(count
      ? { limit: CASES_PER_PAGE, page: Math.max(1, Math.floor(page) || 1) }
      : { limit: CASES_PER_PAGE + 1, pagination: false }),
    depth: 1,
    populate: { methods: { title: true } },
    select: {
      authorName: true,
      deviceModel: true,
      firmware: true,
      body: true,
      caseState: true,
      createdAt: true,
      method: true,
    },
  })
  const more = !count && cases.docs.length > CASES_PER_PAGE
  const shown = more ? cases.docs.slice(0, CASES_PER_PAGE) : cases.docs
  const ids = shown.map((c) => c.id)
  const replies = ids.length
    ? await payload.find({
        collection: 'comments',
        ...as,
        where: { parent: { in: ids } },
        // By case first, so the database walks the parent index rather than every comment by date.
        sort: ['parent', 'createdAt'],
        limit: 500,
        pagination: false,
        depth: 0,
        select: { authorName: true, body: true, staff: true, createdAt: true, parent: true },
      })
    : { docs: [] }
  const items: PublicCase[] = shown.map((c) => ({
    id: c.id,
    authorName: c.authorName,
    deviceModel: c.deviceModel,
    firmware: c.firmware,
    body: c.body,
    caseState: c.caseState,
    createdAt: c.createdAt,
    methodTitle: typeof c.method === 'object' && c.method ? c.method.title : null,
    replies: replies.docs.filter((r) => String(idOf(r.parent)) === String(c.id)),
  }))
  return {
    items,
    page: cases.page ?? 1,
    totalPages: cases.totalPages,
    more: count ? cases.totalPages > 1 : more,
  }
}
