/**
 * What the server keeps per version of a page that Next serves to everyone from its
 * cache: the policy listing the page's scripts, its ETag, and its compressed bodies,
 * each made once and reused for every answer of that version. A version is the
 * SHA-256 of the HTML Next answered with: a publish gives new HTML, hence a new
 * version at once, and nothing needs clearing; every instance names one version
 * alike. Kept in memory within a byte budget, the least recently used going first.
 */
import { createHash } from 'node:crypto'

import { encode } from './encodings.mjs'
import { scriptHashes } from './scriptHashes.mjs'
import { contentSecurityPolicy } from './security.mjs'

/** About 1,500 guide pages with their gzip and brotli bodies (some 20 KB each). */
export const PAGE_VERSIONS_BYTES = 64 * 1024 * 1024

/**
 * A version of `html` (a Buffer). `keep(bytes)` is told of the bytes of each body it
 * compresses and returns whether the version is still kept (so it may hold the body).
 */
const version = (html, key, keep) => {
  const tag = key.slice(0, 22)
  const bodies = new Map()
  return {
    key,
    /** Bytes of the HTML. */
    size: html.length,
    policy: contentSecurityPolicy(scriptHashes(html.toString('utf8'))),
    /** Strong ETags differ per content encoding: each encoding is its own representation. */
    etag: (encoding) => (encoding === 'identity' ? `"${tag}"` : `"${tag}-${encoding}"`),
    /** The body in `encoding`, compressed once while the version is kept. */
    body(encoding) {
      if (encoding === 'identity') return Promise.resolve(html)
      let body = bodies.get(encoding)
      if (!body) {
        body = encode(html, encoding)
        bodies.set(encoding, body)
        body.then(
          (encoded) => {
            if (!keep(encoded.length)) bodies.delete(encoding)
          },
          () => bodies.delete(encoding),
        )
      }
      return body
    },
  }
}

const keyOf = (html) => createHash('sha256').update(html).digest('base64url')

export const pageVersions = (budget = PAGE_VERSIONS_BYTES) => {
  const kept = new Map() // key → { version, bytes }, least recently used first
  let bytes = 0

  const evict = () => {
    for (const [key, entry] of kept) {
      if (bytes <= budget) break
      kept.delete(key)
      bytes -= entry.bytes
    }
  }

  return {
    /** The version of `html`; when `shared` (the same for everyone), kept for the answers that follow. */
    of(html, shared) {
      const key = keyOf(html)
      if (!shared) return version(html, key, () => false)
      const found = kept.get(key)
      if (found) {
        kept.delete(key)
        kept.set(key, found)
        return found.version
      }
      const entry = { bytes: 0, version: null }
      const grow = (n) => {
        if (kept.get(key) !== entry) return false
        entry.bytes += n
        bytes += n
        evict()
        return kept.get(key) === entry
      }
      entry.version = version(html, key, grow)
      kept.set(key, entry)
      grow(key.length + entry.version.policy.length)
      return entry.version
    },
    /** The kept version named `key` (a version's `key`), or undefined once it has gone. */
    byKey(key) {
      const found = kept.get(key)
      if (!found) return undefined
      kept.delete(key)
      kept.set(key, found)
      return found.version
    },
    /** For tests and diagnostics: versions kept and their bytes. */
    stats: () => ({ versions: kept.size, bytes }),
  }
}
