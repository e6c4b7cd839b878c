import { APIError, type CollectionBeforeOperationHook } from 'payload'

import { isStaff } from '@/access'

import { MASKED_FIELDS } from '../fields/masked'

const MASKED = new Set<string>(MASKED_FIELDS)

const namesMasked = (path: unknown) =>
  typeof path === 'string' &&
  path
    .replace(/^-/, '')
    .split('.')
    .some((part) => MASKED.has(part))

const whereNamesMasked = (where: unknown): boolean => {
  if (Array.isArray(where)) return where.some(whereNamesMasked)
  if (!where || typeof where !== 'object') return false
  return Object.entries(where).some(([key, value]) =>
    key === 'and' || key === 'or' ? whereNamesMasked(value) : namesMasked(key),
  )
}

const sortNamesMasked = (sort: unknown) =>
  (Array.isArray(sort) ? sort : typeof sort === 'string' ? sort.split(',') : []).some(namesMasked)

/**
 * Masking hides what a reader pasted, but a filter or a sort on the original
 * text would tell it again, a character at a time (`where[body][like]=…C1`,
 * `…C12`, …). Whoever reads masked text may not filter or sort by it: not in
 * `where`, `sort`, a join's `where`/`sort`, nor as a distinct field.
 */
export const refuseTextQueries: CollectionBeforeOperationHook = ({
  args,
  operation,
  overrideAccess,
  req,
}) => {
  if (!['read', 'count', 'readDistinct'].includes(operation) || overrideAccess || isStaff(req.user))
    return args
  const asks = args as { where?: unknown; sort?: unknown; field?: unknown; joins?: unknown }
  const joins = asks.joins && typeof asks.joins === 'object' ? Object.values(asks.joins) : []
  const asked =
    whereNamesMasked(asks.where) ||
    sortNamesMasked(asks.sort) ||
    namesMasked(asks.field) ||
    joins.some(
      (join) =>
        !!join &&
        typeof join === 'object' &&
        (whereNamesMasked((join as { where?: unknown }).where) ||
          sortNamesMasked((join as { sort?: unknown }).sort)),
    )
  if (asked)
    throw new APIError(
      'Cases cannot be searched or sorted by their text, author, model or firmware. Filter by brand, method or date instead.',
      400,
      undefined,
      true,
    )
  return args
}
