import {
  type CollectionBeforeOperationHook,
  type CollectionConfig,
  NotFound,
  type PayloadRequest,
} from 'payload'

import { isStaff } from '@/access'
import { isNumericId } from '@/lib/ids'

import { ClientMistake } from './clientMistake'
import { checkWhere } from './whereCheck'

/**
 * What one request through the REST or GraphQL API may ask of a collection.
 * Readers (anyone who is not staff) get at most MAX_READER_LIMIT documents a
 * page, MAX_READER_DEPTH levels of relationships and the same cap on every
 * join: `limit=0`, `limit=-1` and `pagination=false` mean "a page of 100" for
 * them, never "everything". Staff are not capped: the admin's list views, bulk
 * edits and exports read more, and staff accounts are few and known. For
 * everyone, `page` and `limit` must be numbers the database can use,
 * `where` must fit the collection's fields (whereCheck.ts), and an id no
 * document can have is "not found" without asking the database. The site's own
 * reads (the Local API, src/queries) are not requests and are not capped.
 */
export const MAX_READER_LIMIT = 100
export const MAX_READER_DEPTH = 2

type Args = Record<string, unknown>

const within = (value: unknown, max: number) => {
  const n = Number(value)
  return Number.isInteger(n) && n >= 1 && n <= max
}

const checkPaging = (args: Args) => {
  const limit = args.limit === undefined ? 0 : Number(args.limit)
  if (args.limit !== undefined && !Number.isSafeInteger(limit))
    throw new ClientMistake('"limit" must be a whole number, such as limit=20.')
  if (args.page === undefined) return
  const page = Number(args.page)
  if (
    !Number.isSafeInteger(page) ||
    page < 1 ||
    !Number.isSafeInteger((page - 1) * Math.max(limit, 1))
  ) {
    throw new ClientMistake(
      '"page" must be a whole number from 1 up, such as page=2, within the pages the answer counts (totalPages).',
    )
  }
}

const capForReaders = (args: Args): Args => {
  const capped: Args = { ...args }
  if (args.pagination === false) {
    capped.pagination = true
    if (args.limit === undefined) capped.limit = MAX_READER_LIMIT
  }
  if (args.limit !== undefined && !within(args.limit, MAX_READER_LIMIT))
    capped.limit = MAX_READER_LIMIT
  if (
    args.depth !== undefined &&
    !(Number(args.depth) >= 0 && Number(args.depth) <= MAX_READER_DEPTH)
  )
    capped.depth = MAX_READER_DEPTH
  if (args.joins && typeof args.joins === 'object') {
    capped.joins = Object.fromEntries(
      Object.entries(args.joins as Record<string, unknown>).map(([path, join]) =>
        join &&
        typeof join === 'object' &&
        'limit' in join &&
        !within((join as Args).limit, MAX_READER_LIMIT)
          ? [path, { ...join, limit: MAX_READER_LIMIT }]
          : [path, join],
      ),
    )
  }
  return capped
}

/** A document addressed by an id that no document can have: PostgreSQL would fail the query rather than find nothing. */
const unreachableId = (req: PayloadRequest, id: unknown) =>
  req.payload.db.defaultIDType === 'number' &&
  (typeof id === 'number' || typeof id === 'string') &&
  !isNumericId(Number(id))

const limitRequest: CollectionBeforeOperationHook = ({ args, collection, operation, req }) => {
  if (req.payloadAPI !== 'REST' && req.payloadAPI !== 'GraphQL') return args
  const fields = args as Args
  if ('id' in fields && unreachableId(req, fields.id)) throw new NotFound(req.t)
  if ('where' in fields) checkWhere(req, collection.slug, fields.where as never)
  checkPaging(fields)
  if (operation !== 'read' || isStaff(req.user)) return args
  return capForReaders(fields) as typeof args
}

/** Every collection, with the per-request limits run before its own hooks. */
export const withRequestLimits = (collections: CollectionConfig[]): CollectionConfig[] =>
  collections.map((c) => ({
    ...c,
    hooks: { ...c.hooks, beforeOperation: [limitRequest, ...(c.hooks?.beforeOperation ?? [])] },
  }))
