import type { Payload } from 'payload'

import { buildIndex, type BuiltIndex } from './build'
import { readSearchDocuments } from './documents'
import { readContentVersion } from './version'

export type Snapshot = BuiltIndex & {
  version: string
  builtAt: number
  buildMs: number
  documents: number
}

/** How often an instance asks the database whether another instance published something. */
export const VERSION_CHECK_MS = 1000

/**
 * One instance's search index: built on the first search, rebuilt when the
 * content changes, while the previous one keeps answering.
 *
 * It learns of a change two ways: `contentChanged()` from this process's own
 * publishing hooks (at once), and the content version in the database, read
 * before a search at most once a second (a publish taken by another
 * instance). A pub/sub message from another instance would call
 * `contentChanged()` too.
 */
export class SearchIndexHolder {
  private current: Snapshot | null = null
  private building: Promise<Snapshot> | null = null
  private stale = false
  private checkedAt = 0
  private checking: Promise<void> | null = null

  constructor(private readonly checkEveryMs = VERSION_CHECK_MS) {}

  /** Published content changed: the next search starts a new index. */
  contentChanged() {
    this.stale = true
  }

  /** The index to search now: the current one (a new one is built behind it when the content moved). */
  async get(payload: Payload): Promise<Snapshot> {
    if (!this.current) return this.rebuild(payload)
    await this.checkVersion(payload)
    if (this.stale && !this.building) {
      this.rebuild(payload).catch((err) => {
        this.stale = true
        payload.logger.error({
          msg: 'The search index could not be rebuilt; the previous one still answers.',
          err,
        })
      })
    }
    return this.current
  }

  /** The latest figures of the index, for the benchmark. */
  get snapshot(): Snapshot | null {
    return this.current
  }

  private checkVersion(payload: Payload): Promise<void> {
    if (Date.now() - this.checkedAt < this.checkEveryMs) return Promise.resolve()
    this.checking ??= readContentVersion(payload)
      .then((version) => {
        if (version !== this.current?.version) this.stale = true
      })
      .finally(() => {
        this.checkedAt = Date.now()
        this.checking = null
      })
    return this.checking
  }

  /** Builds a new index from the published content; concurrent callers share one build. */
  rebuild(payload: Payload): Promise<Snapshot> {
    if (this.building) return this.building
    this.stale = false
    this.building = (async () => {
      const started = performance.now()
      // The version first: a change committed while the content is read makes the next check rebuild again.
      const version = await readContentVersion(payload)
      const docs = await readSearchDocuments(payload)
      const built = await buildIndex(docs)
      const snapshot: Snapshot = {
        ...built,
        version,
        builtAt: Date.now(),
        buildMs: performance.now() - started,
        documents: docs.length,
      }
      this.current = snapshot
      this.checkedAt = Date.now()
      return snapshot
    })().finally(() => {
      this.building = null
    })
    return this.building
  }
}

const KEY = Symbol.for('resethub.searchIndex')

/**
 * This process's index. Kept on globalThis because Next bundles the pages and
 * the API routes separately: a hook run by an API request and a search page
 * must reach the same index.
 */
export const searchIndex = (): SearchIndexHolder => {
  const store = globalThis as { [KEY]?: SearchIndexHolder }
  return (store[KEY] ??= new SearchIndexHolder())
}
