/**
 * After a publish, the front cache (deploy/nginx/resethub.conf.template) is told
 * at once rather than left to its one-second expiry: for each page the
 * revalidation names, this instance asks every front cache for it again with the
 * refresh header, which makes nginx fetch the page anew from an instance and
 * store it in place of the old one, once per encoding it keeps.
 *
 * Called from the page cache handler once a revalidation is recorded (in Redis
 * with several instances), so the page an instance renders for the refresh is
 * the new one. Pages Next names only by route (a general method shows on every
 * brand's page) have no address to ask for: the front cache's expiry covers them.
 *
 *   FRONT_CACHE_URLS   the front caches as this instance reaches them, comma-separated
 *                      (e.g. http://front:80); unset: nothing is sent
 *   FRONT_CACHE_TOKEN  the secret the front cache expects in the refresh header
 *                      (its RESETHUB_REFRESH_TOKEN)
 */

/** The header nginx maps to `proxy_cache_bypass` (as `$http_x_front_cache_refresh`). */
export const REFRESH_HEADER = 'X-Front-Cache-Refresh'
/** The encodings the front cache keeps a copy for (its `$resethub_encoding`). */
export const FRONT_CACHE_ENCODINGS = ['br', 'gzip', '']
/**
 * A guessed secret would let anyone make every request render: 16 characters at
 * least, and only those that nginx's pattern for it takes literally.
 */
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{16,}$/

const IMPLICIT_TAG = '_N_T_'
const MAX_PATHS = 500
const PARALLEL = 6
const TIMEOUT_MS = 10_000

/**
 * The front caches and the secret, or null when none is configured (or the secret is unusable).
 * @param {Record<string, string | undefined>} [env]
 */
export const frontCacheConfig = (env = process.env) => {
  const urls = (env.FRONT_CACHE_URLS ?? '')
    .split(',')
    .map((url) => url.trim().replace(/\/+$/, ''))
    .filter(Boolean)
  if (!urls.length) return null
  const token = env.FRONT_CACHE_TOKEN?.trim() ?? ''
  if (!TOKEN_SHAPE.test(token)) {
    warnOnce(
      'FRONT_CACHE_URLS is set but FRONT_CACHE_TOKEN is not 16 or more letters, digits, - or _: publishes reach the front cache only as its pages expire.',
    )
    return null
  }
  return { urls, token }
}

/**
 * The addresses behind Next's revalidation tags: `_N_T_/brands/hikvision` is that
 * page; tags of a route or layout (`…/page`, `…/layout`), of `/index` (the same
 * page as `/`) and of Next's internal pages name no address of their own.
 */
export const pathsOfTags = (tags) => {
  const paths = new Set()
  for (const tag of tags) {
    if (typeof tag !== 'string' || !tag.startsWith(`${IMPLICIT_TAG}/`)) continue
    const path = tag.slice(IMPLICIT_TAG.length)
    if (
      /\/(page|layout)$/.test(path) ||
      path.includes('[') ||
      path === '/index' ||
      path.startsWith('/_')
    )
      continue
    paths.add(path)
  }
  return [...paths].slice(0, MAX_PATHS)
}

let warned = false
const warnOnce = (message) => {
  if (warned) return
  warned = true
  console.warn(message)
}

const refreshOne = async (url, token, encoding) => {
  const headers = { [REFRESH_HEADER]: token, 'accept-encoding': encoding || 'identity' }
  const response = await fetch(url, {
    headers,
    redirect: 'manual',
    signal: AbortSignal.timeout(TIMEOUT_MS),
  })
  // Read to the end: nginx stores the page once it has passed through whole.
  await response.arrayBuffer()
  if (response.status >= 500) throw new Error(`${url} answered ${response.status}`)
}

/**
 * Asks every front cache for the pages the tags name, each encoding in turn, a
 * few at a time. Never throws: a front cache that cannot be reached is logged,
 * and its copies expire within a second anyway.
 * @param {string[]} tags
 * @param {Record<string, string | undefined>} [env]
 */
export const refreshFrontCache = async (tags, env = process.env) => {
  const config = frontCacheConfig(env)
  if (!config) return { asked: 0, failed: 0 }
  const jobs = pathsOfTags(tags).flatMap((path) =>
    config.urls.flatMap((base) =>
      FRONT_CACHE_ENCODINGS.map(
        (encoding) => () => refreshOne(`${base}${path}`, config.token, encoding),
      ),
    ),
  )
  const errors = []
  let next = 0
  const worker = async () => {
    while (next < jobs.length) {
      const job = jobs[next++]
      await job().catch((error) => errors.push(error))
    }
  }
  await Promise.all(Array.from({ length: Math.min(PARALLEL, jobs.length) }, worker))
  if (errors.length) {
    console.error(
      `Front cache: ${errors.length} of ${jobs.length} refreshes failed (the pages expire there within a second anyway): ${errors[0]?.message ?? errors[0]}`,
    )
  }
  return { asked: jobs.length, failed: errors.length }
}
