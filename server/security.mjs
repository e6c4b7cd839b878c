/**
 * Security headers for every answer of the production server, and a fresh
 * Content-Security-Policy nonce per request stamped into the page's <script> tags.
 *
 * Why stamp here rather than let Next.js add nonces: Next only adds them while
 * rendering, so a nonce would make every page dynamic and end the cached
 * pages. The stamp is applied to Next's own markup: React escapes every `<`
 * in text and attributes, and Next escapes it inside its inline payloads, so
 * each literal `<script` in a page is one Next wrote. What the policy then
 * blocks: scripts from any other origin, inline event handlers and
 * `javascript:` URLs (no 'unsafe-inline'), eval, plugins, a foreign <base>,
 * forms posting elsewhere, and framing by other sites.
 */
import { randomBytes } from 'node:crypto'
import { StringDecoder } from 'node:string_decoder'

const https = () => (process.env.PUBLIC_URL ?? '').startsWith('https:')

/** The policy for one answer. Styles stay inline-capable: React and the admin set style attributes. */
export const contentSecurityPolicy = (nonce) =>
  [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}'`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    // The admin's live preview frames the site's own pages, nobody else may.
    "frame-src 'self'",
    "frame-ancestors 'self'",
    "form-action 'self'",
    "base-uri 'self'",
    "object-src 'none'",
    ...(https() ? ['upgrade-insecure-requests'] : []),
  ].join('; ')

/** The headers every answer carries; HSTS only when the public address is https. */
export const securityHeaders = (nonce) => ({
  'Content-Security-Policy': contentSecurityPolicy(nonce),
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Frame-Options': 'SAMEORIGIN',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=()',
  ...(https() ? { 'Strict-Transport-Security': 'max-age=31536000; includeSubDomains' } : {}),
})

const TAG = '<script'

/** Adds the nonce to every <script tag of an HTML text, holding back a tail that may be a tag cut in two. */
export const nonceStamper = (nonce) => {
  const decoder = new StringDecoder('utf8')
  let held = ''
  const stamp = (text) => text.replace(/<script(?=[\s>])/gi, (tag) => `${tag} nonce="${nonce}"`)
  return {
    push(chunk, encoding) {
      const text = held + (typeof chunk === 'string' ? chunk : decoder.write(Buffer.from(chunk, encoding)))
      // Keep back a trailing "<", "<s", … "<script" whose next character decides whether it is a tag.
      const cut = text.lastIndexOf('<')
      const tail = cut >= 0 && text.length - cut <= TAG.length && TAG.startsWith(text.slice(cut).toLowerCase()) ? text.slice(cut) : ''
      held = tail
      return stamp(tail ? text.slice(0, cut) : text)
    },
    end() {
      const rest = held + decoder.end()
      held = ''
      return stamp(rest)
    },
  }
}

const isHtml = (type) => /^text\/html/i.test(String(type ?? ''))

/**
 * Sets the headers on `res` and wraps it so that an HTML answer gets the nonce
 * stamped into its scripts. Next's own cache of the page is untouched: the
 * stamp costs a pass over the HTML per answer.
 */
export const secureResponse = (req, res) => {
  // A page asked for again with its old ETag would come back 304 with the old body's nonce.
  if (/text\/html/.test(req.headers.accept ?? '')) {
    delete req.headers['if-none-match']
    delete req.headers['if-modified-since']
  }
  const nonce = randomBytes(16).toString('base64')
  for (const [name, value] of Object.entries(securityHeaders(nonce))) res.setHeader(name, value)

  let stamper = null
  let decided = false
  const decide = () => {
    if (decided) return
    decided = true
    if (isHtml(res.getHeader('content-type'))) stamper = nonceStamper(nonce)
  }

  const writeHead = res.writeHead
  res.writeHead = function (status, ...rest) {
    // writeHead(status, [message], [headers]): headers given here are set first so the decision sees them.
    const headers = rest.find((arg) => arg && typeof arg === 'object')
    if (headers && !Array.isArray(headers)) {
      for (const [name, value] of Object.entries(headers)) if (value !== undefined) res.setHeader(name, value)
      rest = rest.filter((arg) => arg !== headers)
    }
    decide()
    res.removeHeader('x-powered-by')
    if (stamper) {
      // Each answer's body is its own now: no length, no ETag (a 304 would pair a cached body
      // with a new nonce), and no copy kept by shared caches (they would serve one nonce to all).
      res.removeHeader('content-length')
      res.removeHeader('etag')
      res.setHeader('Cache-Control', 'private, no-cache')
    }
    return writeHead.call(this, status, ...rest)
  }

  const write = res.write
  const end = res.end
  res.write = function (chunk, encoding, callback) {
    decide()
    if (!stamper || chunk === undefined || chunk === null) return write.call(this, chunk, encoding, callback)
    if (typeof encoding === 'function') [callback, encoding] = [encoding, undefined]
    return write.call(this, stamper.push(chunk, encoding), 'utf8', callback)
  }
  res.end = function (chunk, encoding, callback) {
    decide()
    if (!stamper) return end.call(this, chunk, encoding, callback)
    if (typeof chunk === 'function') [callback, chunk] = [chunk, undefined]
    if (typeof encoding === 'function') [callback, encoding] = [encoding, undefined]
    const text = (chunk !== undefined && chunk !== null ? stamper.push(chunk, encoding) : '') + stamper.end()
    return end.call(this, text, 'utf8', callback)
  }
}
