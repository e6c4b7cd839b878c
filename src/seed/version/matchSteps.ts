/**
 * Pairs each wanted step with an existing one: the same title first; then a
 * step whose title changed takes the place of an unpaired existing step
 * between the same paired neighbours (a corrected step keeps its id, and the
 * cases that name it). Returns for each wanted step the index of its existing
 * step, or null (create it), and the existing steps left over (delete them).
 */
export const matchSteps = <S extends Record<string, unknown>>(
  existing: S[],
  wanted: Record<string, unknown>[],
) => {
  const used = new Set<number>()
  const pairs: (number | null)[] = wanted.map((step) => {
    const index = existing.findIndex(
      (candidate, i) => !used.has(i) && candidate.title === step.title,
    )
    if (index < 0) return null
    used.add(index)
    return index
  })
  const paired = (from: number, step: number) => {
    for (let k = from; k >= 0 && k < wanted.length; k += step)
      if (pairs[k] !== null) return pairs[k]
    return null
  }
  for (let i = 0; i < wanted.length; i++) {
    if (pairs[i] !== null) continue
    const before = paired(i - 1, -1) ?? -1
    const after = paired(i + 1, 1) ?? existing.length
    for (let j = before + 1; j < after; j++) {
      if (used.has(j)) continue
      pairs[i] = j
      used.add(j)
      break
    }
  }
  return { pairs, surplus: existing.filter((_, i) => !used.has(i)) }
}
