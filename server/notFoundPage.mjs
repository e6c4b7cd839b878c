/**
 * A full 404 page for an unknown or unpublished brand or method, without JavaScript.
 *
 * When a page calls notFound(), Next.js answers 404 with an empty shell
 * (`<html id="__next_error__">`, nothing in the body) and draws its not-found
 * boundary only in the browser, from the page's data (vercel/next.js#62228;
 * the same with one root layout as with two). An address that matches no
 * route is answered differently: Next serves its global not-found page
 * (src/app/global-not-found.tsx), full HTML from its cache. So when Next
 * answers a page request with that empty shell, the shell is dropped before
 * anything is sent and Next is asked for its global not-found page instead:
 * status 404, its own title, the search box and the brand list. Every other
 * answer passes untouched (a page that exists stays cached and is never held),
 * and should Next one day render the boundary on the server, this steps aside.
 */

export const NOT_FOUND_PAGE = '/_not-found'

const HTML_OPEN = /<html[^>]*>/i
const ERROR_SHELL = /<html[^>]*\bid="__next_error__"/i
// Next writes the doctype and <html> first; a start this long without one is not its shell.
const LOOK_AHEAD = 2048

const isHtml = (type) => /^text\/html/i.test(String(type ?? ''))

/** A page loaded by the browser (not Next's own data requests, not the admin or the API). */
const isPageRequest = (req) =>
  req.method === 'GET' &&
  req.headers.rsc === undefined &&
  !/^\/(api|admin|_next)(\/|\?|$)/.test(req.url ?? '/') &&
  req.url !== NOT_FOUND_PAGE

const text = (chunk) =>
  chunk === undefined || chunk === null || typeof chunk === 'function'
    ? ''
    : Buffer.isBuffer(chunk) || chunk instanceof Uint8Array
      ? Buffer.from(chunk).toString('latin1')
      : String(chunk)

/**
 * Watches Next's answer to `req`; when it is the empty not-found shell, calls
 * `renderNotFoundPage()` (which must answer on the same `res`) once Next has finished.
 * Call it after the other wrappers of `res`, so that it sees Next's calls first.
 */
export const replaceEmptyNotFound = (req, res, renderNotFoundPage) => {
  if (!isPageRequest(req)) return
  const own = {
    writeHead: res.writeHead,
    write: res.write,
    end: res.end,
    flushHeaders: res.flushHeaders,
  }
  const headersBefore = new Set(res.getHeaderNames())
  let mode = 'watch' // then 'pass' or 'replace'
  let head = null // the held writeHead call
  let held = [] // the held writes
  let start = ''

  const candidate = (status, headers) =>
    status === 404 &&
    isHtml(headers?.['content-type'] ?? headers?.['Content-Type'] ?? res.getHeader('content-type'))

  /** Hands `res` back to the wrappers beneath, replaying what was held. */
  const pass = () => {
    mode = 'pass'
    Object.assign(res, own)
    if (head) res.writeHead(...head)
    for (const args of held) res.write(...args)
    head = null
    held = []
  }

  /** Decides on what has arrived so far; `final` when Next has ended its answer. */
  const decide = (final) => {
    if (ERROR_SHELL.test(start)) {
      mode = 'replace'
      held = []
    } else if (final || HTML_OPEN.test(start) || start.length > LOOK_AHEAD) pass()
  }

  res.writeHead = function (status, ...rest) {
    if (mode !== 'watch') return mode === 'pass' ? own.writeHead.call(this, status, ...rest) : this
    if (
      !candidate(
        status,
        rest.find((arg) => arg && typeof arg === 'object' && !Array.isArray(arg)),
      )
    ) {
      pass()
      return res.writeHead(status, ...rest)
    }
    head = [status, ...rest]
    return this
  }
  res.flushHeaders = function () {
    if (mode === 'watch' && !candidate(res.statusCode)) pass()
    if (mode === 'pass') return own.flushHeaders.call(this)
  }
  res.write = function (chunk, encoding, callback) {
    if (mode === 'watch' && !head && !candidate(res.statusCode)) pass()
    if (mode === 'pass') return res.write(chunk, encoding, callback)
    if (mode === 'watch') {
      held.push([chunk, encoding, callback])
      start += text(chunk)
      decide(false)
      if (mode === 'pass') return true
    }
    // Dropped: this is the empty shell.
    const done = [encoding, callback].find((arg) => typeof arg === 'function')
    if (done) process.nextTick(done)
    return true
  }
  res.end = function (chunk, encoding, callback) {
    if (mode === 'watch' && !head && !candidate(res.statusCode)) pass()
    if (mode === 'watch') {
      start += text(chunk)
      decide(true)
    }
    if (mode === 'pass') return res.end(chunk, encoding, callback)
    // Next is done with the shell: start over with the global not-found page, with none of the shell's headers.
    Object.assign(res, own)
    for (const name of res.getHeaderNames()) if (!headersBefore.has(name)) res.removeHeader(name)
    res.statusCode = 404
    renderNotFoundPage()
    return this
  }
}
