/**
 * What to do with a seeded item the database holds, from content versions
 * alone: `current` (it holds what ships), `upgrade` (editors have not changed
 * it: bring it to what ships), or `edited` (leave it; offer what ships when that
 * is newer than what the editors started from).
 */
export type Verdict = 'current' | 'upgrade' | 'edited'

export type Versions = {
  /** What this release ships. */
  shipped: string
  /** What the document holds, as published and as last saved (an editor's draft). */
  main: string
  latest: string
  /** What was recorded for it: the version it was given, one declined. */
  version?: string | null
  declined?: string | null
  /** What earlier releases shipped for its key. */
  history: readonly string[]
}

export const verdictOf = (v: Versions): Verdict => {
  if (v.main === v.shipped) return 'current'
  // An editor's draft waiting to be published is their work, whatever it says.
  if (v.latest !== v.main) return 'edited'
  const seeded = v.main === v.version || v.history.includes(v.main)
  return seeded ? 'upgrade' : 'edited'
}

/** For an edited item: whether what ships is news to its editors (not what they started from, nor one they declined). */
export const isOffered = (v: Versions): boolean =>
  v.shipped !== v.version &&
  v.shipped !== v.declined &&
  !(v.version == null && v.history.includes(v.shipped))

/** The version an edited item started from, when that can be told. */
export const baseOf = (v: Versions): string | null =>
  v.version ?? (v.history.includes(v.shipped) ? v.shipped : null)
