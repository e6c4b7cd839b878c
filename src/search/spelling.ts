/**
 * "Did you mean": a word the index has never seen, close to one it has.
 * MiniSearch's own fuzzy matching counts a swap of two letters ("dahau" for
 * "dahua") as two edits; readers' typos are often swaps, so the distance here
 * is the optimal string alignment one, where a swap costs one.
 */

/** Edits (insert, delete, replace, swap two neighbours) from a to b, or max + 1 once it is clear to exceed max. */
export const editDistance = (a: string, b: string, max: number): number => {
  if (Math.abs(a.length - b.length) > max) return max + 1
  let before: number[] = []
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    let best = i
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let d = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, before[j - 2] + 1)
      current.push(d)
      best = Math.min(best, d)
    }
    if (best > max) return max + 1
    before = previous
    previous = current
  }
  return previous[b.length]
}

/** How many edits a word of this length may be away from a correction: none below 4 letters. */
export const allowedEdits = (word: string) => (word.length < 4 ? 0 : word.length < 7 ? 1 : 2)

const COMMON_FROM = 1000

/**
 * The indexed words and how many documents hold each; sorted, so "is it the
 * start of a known word" (a prefix being typed) is a binary search.
 */
export class Vocabulary {
  private readonly sorted: string[]

  constructor(
    private readonly frequency: Map<string, number>,
    private readonly documents: number,
  ) {
    this.sorted = [...frequency.keys()].sort()
  }

  get size() {
    return this.sorted.length
  }

  has(word: string) {
    return this.frequency.has(word)
  }

  /**
   * A word in more than a fifth of a large index (over COMMON_FROM documents):
   * it tells documents apart too little to rank by alone.
   */
  common(word: string) {
    const count = this.frequency.get(word) ?? 0
    return count > COMMON_FROM && count > this.documents / 5
  }

  /** A known word, or the beginning of one (three letters at least). */
  knows(word: string): boolean {
    if (this.frequency.has(word)) return true
    if (word.length < 3) return false
    let lo = 0
    let hi = this.sorted.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (this.sorted[mid] < word) lo = mid + 1
      else hi = mid
    }
    return lo < this.sorted.length && this.sorted[lo].startsWith(word)
  }

  /** The closest known word (fewest edits, then the most common), or null. */
  correct(word: string): string | null {
    const max = allowedEdits(word)
    // Words with digits are model numbers or figures: a "correction" would name another model.
    if (max === 0 || /\d/.test(word)) return null
    let best: { term: string; distance: number; count: number } | null = null
    for (const [term, count] of this.frequency) {
      if (Math.abs(term.length - word.length) > max || /\d/.test(term)) continue
      const distance = editDistance(word, term, max)
      if (distance > max) continue
      if (!best || distance < best.distance || (distance === best.distance && count > best.count))
        best = { term, distance, count }
    }
    return best?.term ?? null
  }
}
