/**
 * Which answers a shared cache (a CDN, the nginx in front) may keep, and for how long.
 *
 * Next marks what its page cache serves to everyone with `s-maxage` (a year of it,
 * since Next revalidates its own copy on demand when something is published). A
 * cache in front gets no such call, so those answers go out with
 * SHARED_CACHE_CONTROL instead: a micro-cache. Every other answer keeps what Next
 * said (private and no-store for anything rendered per request). A request made
 * for one person makes even a shared page private (see privateRequest).
 */
import { CHOOSER_KEYS, CHOOSER_MARKER } from '../src/chooser/keys.mjs'

/**
 * A shared cache keeps a page for one second (s-maxage=1) and may answer from its copy
 * for one more second while it fetches the new one (stale-while-revalidate=1), so no
 * reader waits on the refresh; behind it, the app revalidates on demand. A publish is
 * thus live through the cache within the second; only a page nobody asked for in
 * that second can go out once more from a copy at most two seconds old, while the
 * cache refreshes it. Browsers keep nothing fresh (max-age=0) and ask again with
 * the ETag, which costs a 304.
 */
export const SHARED_CACHE_CONTROL = 'public, max-age=0, s-maxage=1, stale-while-revalidate=1'

/** A shared page asked for by one person: their browser may keep it and must ask again; shared caches keep nothing. */
export const PRIVATE_CACHE_CONTROL = 'private, no-cache'

// A staff session (Payload) or draft mode (Next).
const PERSONAL_COOKIE = /(?:^|;)\s*(?:payload-token|__prerender_bypass)=/
// The admin, the API, draft preview, and the chooser's page rendered per request (also reached by a rewrite).
const PERSONAL_PATH = /^\/(?:admin|api|preview|chooser)(?:\/|$)/
const CHOOSER_PARAMETERS = [...CHOOSER_KEYS, CHOOSER_MARKER]

/**
 * Requests answered for one person: any but GET and HEAD (a form posted without
 * JavaScript comes back with its errors), a server action, a staff session or draft
 * mode, the admin, the API, preview, and the chooser's answers.
 */
export const privateRequest = (req) => {
  if (req.method !== 'GET' && req.method !== 'HEAD') return true
  if (req.headers['next-action'] !== undefined || PERSONAL_COOKIE.test(req.headers.cookie ?? ''))
    return true
  const url = new URL(req.url ?? '/', 'http://localhost')
  return (
    PERSONAL_PATH.test(url.pathname) || CHOOSER_PARAMETERS.some((key) => url.searchParams.has(key))
  )
}

/** Whether Next marked the answer on `res` as one copy for everyone (from its page cache). */
export const sharedByNext = (res) =>
  /(?:^|,)\s*s-maxage=/i.test(String(res.getHeader('cache-control') ?? ''))

/**
 * For the front cache shipped in deploy/ (nginx, which counts in whole seconds: s-maxage=1
 * would keep a copy into the next second, up to two in all): the copy is fresh until the
 * end of the current second. A publish is stored there at once by the app's refresh
 * (src/shared/frontCache.mjs); this expiry covers the pages the refresh cannot name.
 * nginx reads this header and never passes it on; other caches ignore it.
 */
export const FRONT_CACHE_EXPIRES = 'X-Accel-Expires'
export const frontCacheExpires = (now = Date.now()) => `@${Math.floor(now / 1000)}`

/** Sets the answer's Cache-Control for caches in front; call once its headers are final. */
export const setCacheControl = (req, res) => {
  if (!sharedByNext(res)) return
  const personal = privateRequest(req) || res.hasHeader('set-cookie')
  res.setHeader('Cache-Control', personal ? PRIVATE_CACHE_CONTROL : SHARED_CACHE_CONTROL)
  if (!personal) res.setHeader(FRONT_CACHE_EXPIRES, frontCacheExpires())
}
