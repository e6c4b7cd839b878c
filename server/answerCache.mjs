/**
 * Public pages answered from this process's memory. Next answers a page from its
 * page cache with the same HTML for everyone; once it has, the same address is
 * answered again from here (the version's policy, ETag and compressed bodies
 * from server/pageVersions.mjs, Next's headers as it sent them) without asking
 * Next, until the page generation changes (src/shared/pageGeneration.mjs: any
 * revalidation on any instance, any page stored, Redis lost and back). A publish
 * thus ends every kept answer at once; while the generation cannot be read (Redis
 * configured but away) nothing is answered from here.
 *
 * Only what a shared cache in front could keep is kept: GET and HEAD without a
 * session, draft mode or chooser answers (server/cachePolicy.mjs), a 200 that Next
 * marked as one copy for everyone, and never a request for Next's client router
 * (its headers and `_rsc` ask for another representation at the same address).
 */
import { privateRequest, sharedByNext } from './cachePolicy.mjs'

/** Addresses kept, the least recently used going first (each entry is small: the body stays in pageVersions). */
export const ANSWERS_KEPT = 5000

/** Request headers with which Next answers something other than the page's HTML. */
const ROUTER_HEADER = /^(?:rsc|next-|x-nextjs|x-middleware|x-prerender|x-now)/i

/** Headers made per answer (server/pageAnswers.mjs, the security headers) or per connection: not kept. */
const PER_ANSWER = new Set([
  'etag',
  'content-length',
  'content-encoding',
  'content-security-policy',
  'x-accel-expires',
  'date',
  'connection',
  'keep-alive',
  'transfer-encoding',
  'set-cookie',
])

const eligible = (req) => {
  if (req.method !== 'GET' || privateRequest(req)) return false
  const url = req.url ?? '/'
  if (url.startsWith('/_next/') || /[?&]_rsc=/.test(url)) return false
  return !Object.keys(req.headers).some((name) => ROUTER_HEADER.test(name))
}

/**
 * @param {{ generation: () => Promise<string | null>, versions: { byKey: (key: string) => unknown }, kept?: number }} options
 */
export const answerCache = ({ generation, versions, kept = ANSWERS_KEPT }) => {
  const answers = new Map() // url → { generation, versionKey, headers }

  return {
    /**
     * Before Next is asked: a kept answer for this request (`hit`, with its version),
     * and the generation to keep Next's answer under, or null when none may be kept.
     */
    async ticket(req) {
      if (!eligible(req)) return null
      const now = await generation().catch(() => null)
      if (now === null) return null
      const key = req.url ?? '/'
      const entry = answers.get(key)
      if (entry && entry.generation === now) {
        const version = versions.byKey(entry.versionKey)
        if (version) {
          answers.delete(key)
          answers.set(key, entry)
          return { key, generation: now, hit: { ...entry, version } }
        }
      }
      if (entry) answers.delete(key)
      return { key, generation: now, hit: null }
    },

    /** Keeps Next's answer on `res` (its headers as Next set them, before any of ours) if it may be. */
    keep(ticket, req, res, version) {
      if (
        !ticket ||
        res.statusCode !== 200 ||
        !sharedByNext(res) ||
        res.hasHeader('set-cookie') ||
        privateRequest(req)
      )
        return
      const headers = Object.entries(res.getHeaders()).filter(([name]) => !PER_ANSWER.has(name))
      answers.delete(ticket.key)
      answers.set(ticket.key, { generation: ticket.generation, versionKey: version.key, headers })
      for (const key of answers.keys()) {
        if (answers.size <= kept) break
        answers.delete(key)
      }
    },

    /** For tests and diagnostics. */
    stats: () => ({ answers: answers.size }),
  }
}
