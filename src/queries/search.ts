import { after } from 'next/server'

import { recordMiss, searchSite, type SearchOutcome } from '../search'

import { payloadClient } from './payload'

export const MAX_QUERY_LENGTH = 100

/**
 * A query as typed, made safe to search with: control characters dropped,
 * white space folded, cut to MAX_QUERY_LENGTH.
 */
export const normalizeQuery = (raw: unknown): string => {
  const text = Array.isArray(raw) ? raw[0] : raw
  if (typeof text !== 'string') return ''
  return text
    .normalize('NFKC')
    .replace(/[\p{Cc}\p{Cf}]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_QUERY_LENGTH)
    .trim()
}

const EMPTY = (query: string): SearchOutcome => ({
  query,
  groups: [],
  total: 0,
  didYouMean: null,
  partial: false,
})

/** After the answer is sent where Next runs the page; at once (unawaited) anywhere else. */
const later = (task: () => Promise<void>) => {
  try {
    after(task)
  } catch {
    void task()
  }
}

/**
 * The published guides for a query, grouped by brand (src/search). With
 * `countMiss`, a query that found nothing is counted for editors, after the
 * page is sent: the page calls this once per request.
 */
export const searchGuides = async (
  raw: unknown,
  options: { countMiss?: boolean } = {},
): Promise<SearchOutcome> => {
  const query = normalizeQuery(raw)
  if (!query) return EMPTY(query)
  const payload = await payloadClient()
  const outcome = await searchSite(payload, query)
  if (options.countMiss && outcome.total === 0) later(() => recordMiss(payload, query))
  return outcome
}
