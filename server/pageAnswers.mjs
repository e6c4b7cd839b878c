/**
 * Every HTML answer of the production server is gathered whole, then sent with a
 * Content-Security-Policy listing its Next scripts by hash (server/scriptHashes.mjs)
 * and in the encoding the client takes. The policy depends only on the HTML, so a
 * page Next serves to everyone from its cache goes out with one policy, one strong
 * ETag and one compressed body per version (server/pageVersions.mjs), and a shared
 * cache may keep it (server/cachePolicy.mjs); a request with a matching
 * If-None-Match gets a 304. HTML rendered per request (the admin, search, drafts, a
 * form shown again) gets its policy and compression per answer and stays private.
 * Any other answer passes as it is written, with only its Cache-Control set.
 */
import { setCacheControl, sharedByNext } from './cachePolicy.mjs'
import { chooseEncoding } from './encodings.mjs'

/** An answer this module holds and encodes itself. */
export const isHtmlAnswer = (res) =>
  /^text\/html/i.test(String(res.getHeader('content-type') ?? ''))

const toBuffer = (chunk, encoding) =>
  Buffer.isBuffer(chunk)
    ? chunk
    : typeof chunk === 'string'
      ? Buffer.from(chunk, encoding || 'utf8')
      : Buffer.from(chunk)

/** Whether If-None-Match names `etag` (weak comparison, as RFC 9110 asks for this header). */
const matches = (header, etag) =>
  header !== undefined &&
  String(header)
    .split(',')
    .some((tag) => ((tag = tag.trim()), tag === '*' || tag.replace(/^W\//, '') === etag))

const addVary = (res, name) => {
  const vary = [res.getHeader('vary') ?? []].flat().join(', ')
  if (
    !vary.split(',').some((v) => v.trim().toLowerCase() === name.toLowerCase() || v.trim() === '*')
  ) {
    res.setHeader('Vary', vary ? `${vary}, ${name}` : name)
  }
}

/**
 * A HEAD for a page is rendered by Next as the GET it stands for, so that its
 * headers (policy, ETag) are the GET's; Node sends no body for it.
 */
export const headAsGet = (req) => {
  if (req.method === 'HEAD' && !/^\/(?:api|_next)(?:\/|\?|$)/.test(req.url ?? '/'))
    req.method = 'GET'
}

/**
 * Wraps `res` so that an HTML answer is held and sent as described above, with
 * `versions` (server/pageVersions.mjs) keeping what each shared version needs.
 * With `answers` (server/answerCache.mjs) and the request's `ticket` from it, a
 * shared answer is kept for the next request of the same address; `replay` sends
 * such a kept answer instead of Next's. Wrap it outside the compression, whose
 * filter must leave HTML alone.
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @param {ReturnType<typeof import('./pageVersions.mjs').pageVersions>} versions
 * @param {ReturnType<typeof import('./answerCache.mjs').answerCache> | null} [answers]
 * @param {Awaited<ReturnType<ReturnType<typeof import('./answerCache.mjs').answerCache>['ticket']>>} [ticket]
 */
export const answerPages = (req, res, versions, answers = null, ticket = null) => {
  const own = {
    writeHead: res.writeHead,
    write: res.write,
    end: res.end,
    flushHeaders: res.flushHeaders,
  }
  let mode = null // 'pass', 'hold', then 'sending'
  let message
  const chunks = []

  const decide = () => {
    if (mode) return
    const encoded = String(res.getHeader('content-encoding') ?? 'identity') !== 'identity'
    mode = isHtmlAnswer(res) && !encoded ? 'hold' : 'pass'
    if (mode === 'pass') setCacheControl(req, res)
    // Held: to Next the headers are out, as they would be once it writes.
    else Object.defineProperty(res, 'headersSent', { configurable: true, get: () => true })
  }

  /** Sends `version` in the encoding the client takes, or a 304 when it has it already. */
  const sendVersion = async (version, shared, callback) => {
    setCacheControl(req, res)
    res.setHeader('Content-Security-Policy', version.policy)
    addVary(res, 'Accept-Encoding')
    const encoding = chooseEncoding(req.headers['accept-encoding'], version.size)
    const etag = shared && res.statusCode === 200 ? version.etag(encoding) : undefined
    if (etag) res.setHeader('ETag', etag)
    if (etag && matches(req.headers['if-none-match'], etag)) {
      res.statusCode = 304
      own.writeHead.call(res, 304)
      return own.end.call(res, callback)
    }
    const body = await version.body(encoding)
    if (encoding !== 'identity') res.setHeader('Content-Encoding', encoding)
    if (res.destroyed) return
    res.setHeader('Content-Length', body.length)
    own.writeHead.call(res, res.statusCode, ...(message ? [message] : []))
    own.end.call(res, body, callback)
  }

  const send = async (html, callback) => {
    if (res.destroyed) return
    // Headers are ours to set again (Next's setHeader ignores calls once they are out).
    delete res.headersSent
    // Next may have answered with its own ETag or length; both are the held body's no more.
    res.removeHeader('etag')
    res.removeHeader('content-length')
    const shared = sharedByNext(res)
    const version = versions.of(html, shared)
    // As Next answered, before this answer's own headers are set.
    if (answers && ticket && shared) answers.keep(ticket, req, res, version)
    return sendVersion(version, shared, callback)
  }

  /** Sends a kept answer (answerCache's `hit`) without Next. */
  const replay = (hit) => {
    mode = 'sending'
    res.statusCode = 200
    for (const [name, value] of hit.headers) res.setHeader(name, value)
    sendVersion(hit.version, true).catch((error) => {
      console.error(error)
      res.destroy()
    })
  }

  res.writeHead = function (status, ...rest) {
    // writeHead(status, [message], [headers]): the headers are set on `res` first, so the decision sees them.
    if (typeof rest[0] === 'string') message = rest.shift()
    const headers = rest[0]
    if (headers && typeof headers === 'object' && !Array.isArray(headers)) {
      for (const [name, value] of Object.entries(headers))
        if (value !== undefined) res.setHeader(name, value)
      rest = []
    }
    res.statusCode = status
    decide()
    if (mode !== 'pass') return this
    return own.writeHead.call(this, status, ...(message ? [message] : []), ...rest)
  }
  res.flushHeaders = function () {
    decide()
    if (mode === 'pass') return own.flushHeaders.call(this)
  }
  res.write = function (chunk, encoding, callback) {
    decide()
    if (mode === 'pass') return own.write.call(this, chunk, encoding, callback)
    if (typeof encoding === 'function') [callback, encoding] = [encoding, undefined]
    if (chunk !== undefined && chunk !== null) chunks.push(toBuffer(chunk, encoding))
    if (callback) process.nextTick(callback)
    return true
  }
  res.end = function (chunk, encoding, callback) {
    decide()
    if (mode === 'pass') return own.end.call(this, chunk, encoding, callback)
    if (mode === 'sending') return this
    mode = 'sending'
    if (typeof chunk === 'function') [callback, chunk] = [chunk, undefined]
    if (typeof encoding === 'function') [callback, encoding] = [encoding, undefined]
    if (chunk !== undefined && chunk !== null) chunks.push(toBuffer(chunk, encoding))
    send(Buffer.concat(chunks), callback).catch((error) => {
      console.error(error)
      res.destroy()
    })
    return this
  }

  return { replay }
}
