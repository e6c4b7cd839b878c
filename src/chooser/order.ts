import type { DataLoss } from '../collections/Methods/options'

/** How much a method costs the reader, least first. */
export const LOSS_RANK: Record<DataLoss, number> = {
  none: 0,
  settings: 1,
  'settings-and-recordings': 2,
}

/**
 * Methods in the order readers meet them: the editors' `order`, except that a
 * method that loses data always comes after every one that does not (and one that
 * loses recordings after one that loses settings), so a factory reset never reads
 * as the first or only way in while a brand documents a gentler one.
 */
export const safestFirst = <M extends { dataLoss: DataLoss; order?: number | null }>(
  methods: readonly M[],
): M[] =>
  [...methods].sort(
    (a, b) => LOSS_RANK[a.dataLoss] - LOSS_RANK[b.dataLoss] || (a.order ?? 0) - (b.order ?? 0),
  )
