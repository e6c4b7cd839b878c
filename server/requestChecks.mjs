/**
 * Checks the production server makes before Next sees a request, for mistakes
 * Next would answer with a 500 (or not at all):
 * - an address with malformed percent-encoding or overlong UTF-8 (`%C0%AF`, a
 *   lone `%`) in its path or query is a 400;
 * - a form posted to the site's pages (a server action) from another origin,
 *   or from one the browser hides (`Origin: null`), is a 403; a same-origin
 *   post, with or without JavaScript, passes, and so does one without Origin,
 *   as Next allows;
 * - a body sent to the API past its limit by its Content-Length is a 413, and
 *   one of unknown length (chunked) a 411, before Next reads a byte: Next
 *   reads a body to its end before it acts on src/proxy.ts's answer, so a body
 *   that never ends must not reach it (src/shared/bodyLimits.mjs);
 * - a body the answer did not wait for (a refusal sent while the client keeps
 *   streaming) ends the connection once the answer is out, so the client
 *   cannot keep the server reading.
 */

import { bodyLimitOf, LENGTH_REQUIRED_MESSAGE } from '../src/shared/bodyLimits.mjs'

const isApi = (url) => url.startsWith('/api/') || url === '/api'

const answer = (req, res, status, message) => {
  res.statusCode = status
  res.setHeader('Cache-Control', 'no-store')
  if (isApi(req.url)) {
    res.setHeader('Content-Type', 'application/json; charset=utf-8')
    res.end(JSON.stringify({ errors: [{ message }] }))
  } else {
    res.setHeader('Content-Type', 'text/html; charset=utf-8')
    const text = message.replace(/&/g, '&amp;').replace(/</g, '&lt;')
    res.end(
      `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Request refused · ResetHub</title></head><body><main><h1>This request cannot be answered</h1><p>${text}</p><p><a href="/">Go to the home page</a></p></main></body></html>`,
    )
  }
}

const malformed = (url) => {
  try {
    decodeURIComponent(url)
    return false
  } catch {
    return true
  }
}

/** The origin Next compares a server action's Origin with: the forwarded host, or the Host. */
const foreignOrigin = (req) => {
  const origin = req.headers.origin
  if (origin === undefined) return false
  if (origin === 'null') return true
  const host = String(req.headers['x-forwarded-host'] ?? req.headers.host ?? '')
    .split(',')[0]
    .trim()
  try {
    return new URL(origin).host !== host
  } catch {
    return true
  }
}

/** A server action: with JavaScript it carries Next-Action; without, it is a form posted to a page. */
const isServerAction = (req) =>
  req.method === 'POST' &&
  !isApi(req.url) &&
  !req.url.startsWith('/admin') &&
  (req.headers['next-action'] !== undefined ||
    /^(multipart\/form-data|application\/x-www-form-urlencoded)/i.test(
      req.headers['content-type'] ?? '',
    ))

const writesBody = (req) => ['POST', 'PUT', 'PATCH'].includes(req.method ?? '')

/** Answers the request itself when it must be refused; returns whether it did. */
export const refuseBadRequest = (req, res) => {
  if (isApi(req.url ?? '/') && writesBody(req)) {
    const declared = req.headers['content-length']
    if (declared === undefined && req.headers['transfer-encoding'] !== undefined) {
      answer(req, res, 411, LENGTH_REQUIRED_MESSAGE)
      return true
    }
    const limit = bodyLimitOf(req.headers['content-type'])
    if (Number(declared) > limit.bytes) {
      answer(req, res, 413, limit.message)
      return true
    }
  }
  if (malformed(req.url ?? '/')) {
    answer(
      req,
      res,
      400,
      'The address holds malformed percent-encoding (such as %C0%AF, or a % not followed by two hex digits). Write % as %25 and encode other characters as UTF-8, or follow a link from the site.',
    )
    return true
  }
  if (isServerAction(req) && foreignOrigin(req)) {
    answer(
      req,
      res,
      403,
      'This form was sent from another site, or from a page that hides where it came from. Open the page on this site and send the form from there.',
    )
    return true
  }
  return false
}

/** Once the answer is out, a request body still arriving ends the connection (after a grace second for the client to read the answer). */
export const closeUnreadBody = (req, res) => {
  // Held now: by 'finish' Node may have detached the socket from the request (req.socket is then null).
  const socket = req.socket
  res.once('finish', () => {
    if (req.complete || !socket || socket.destroyed) return
    socket.end()
    setTimeout(() => socket.destroy(), 1000).unref()
  })
}
