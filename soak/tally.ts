/** Errors by kind, with a count and the first sample (an answer's body, or when it failed) of each. */
export class Errors {
  readonly kinds = new Map<string, { count: number; sample: string }>()
  add(kind: string, sample = '') {
    const seen = this.kinds.get(kind)
    if (seen) seen.count++
    else this.kinds.set(kind, { count: 1, sample: sample.slice(0, 300) })
  }
  get total() {
    return [...this.kinds.values()].reduce((sum, k) => sum + k.count, 0)
  }
}

/** A network error's kind, e.g. "ECONNRESET (kept-alive socket)". */
export const networkError = (error: unknown) => {
  const { code, message, reusedSocket } = error as NodeJS.ErrnoException & {
    reusedSocket?: boolean
  }
  return `${code ?? message}${reusedSocket ? ' (kept-alive socket)' : ''}`
}

/** A plain-text table, columns padded to their widest cell. */
export const table = (head: string[], rows: string[][]) => {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)))
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i])).join('  ')
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n')
}
