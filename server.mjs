/**
 * The production server: Next.js behind a plain Node HTTP server, so that
 * every request carries the connection's real peer address (route handlers and
 * Payload hooks get none of their own). Whatever a client sent under that
 * header name is overwritten; rate limits key on it (src/lib/clientAddress.ts).
 * It also sets the security headers (server/security.mjs), sends each HTML answer
 * with a policy listing its Next scripts by hash, an ETag and a body compressed once
 * per version of a page, and the Cache-Control a shared cache in front may follow
 * (server/pageAnswers.mjs), answers a public page again from memory until a page changes
 * (server/answerCache.mjs), refuses what Next would answer with a 500 and cuts off a
 * body nobody reads (server/requestChecks.mjs), answers an unknown brand or method with the full
 * 404 page rather than Next's empty shell (server/notFoundPage.mjs), and sends a redirect's Location
 * once (server/redirects.mjs). Next's own compression is off: other answers are compressed here.
 */
import fs from 'node:fs'
import { createServer } from 'node:http'
import { createRequire } from 'node:module'
import { Duplex } from 'node:stream'

import { answerCache } from './server/answerCache.mjs'
import { NOT_FOUND_PAGE, replaceEmptyNotFound } from './server/notFoundPage.mjs'
import { answerPages, headAsGet, isHtmlAnswer } from './server/pageAnswers.mjs'
import { pageVersions } from './server/pageVersions.mjs'
import { singleLocation } from './server/redirects.mjs'
import { closeUnreadBody, refuseBadRequest } from './server/requestChecks.mjs'
import { secureResponse } from './server/security.mjs'
import { pageGeneration } from './src/shared/pageGeneration.mjs'

process.env.NODE_ENV = 'production'
// In Next's standalone output (the Docker image; Next writes its own server.js only there) the
// config is not loaded from next.config.mjs, whose imports are not shipped: the built config
// travels in required-server-files.json, read as Next's own standalone server reads it.
if (fs.existsSync('server.js') && fs.existsSync('.next/required-server-files.json')) {
  process.env.__NEXT_PRIVATE_STANDALONE_CONFIG = JSON.stringify(
    JSON.parse(fs.readFileSync('.next/required-server-files.json', 'utf8')).config,
  )
}
const { default: next } = await import('next')
// Next's own copy of the compression middleware: it ships in the standalone output too.
const compression = createRequire(import.meta.url)('next/dist/compiled/compression')

const PEER_HEADER = 'x-resethub-peer'
const port = Number(process.env.PORT) || 3000
const hostname = process.env.HOST || '0.0.0.0'

const app = next({ dev: false, hostname, port })
const handle = app.getRequestHandler()
await app.prepare()

// HTML is compressed by answerPages, once per version of a page.
const compress = compression({
  filter: (req, res) => !isHtmlAnswer(res) && compression.filter(req, res),
})
const versions = pageVersions()
const answers = answerCache({ generation: pageGeneration, versions })
const noop = () => {}

/** A client that leaves mid-answer leaves the compression's zlib stream open; close it (asking for 'drain' hands it back). */
const releaseCompression = (res) => {
  if (res.writableFinished) return
  const stream = res.on('drain', noop)
  if (stream instanceof Duplex && stream !== res) stream.destroy()
  else res.off('drain', noop)
}

createServer(async (req, res) => {
  req.headers[PEER_HEADER] = req.socket.remoteAddress ?? 'unknown'
  headAsGet(req)
  // Read first: an answer Next gives from here on is kept only under the generation it began in.
  const ticket = await answers.ticket(req)
  // Order matters: each wrapper of `res` sees the calls of those set after it. Compression is innermost.
  compress(req, res, () => {})
  res.once('close', () => releaseCompression(res))
  secureResponse(res)
  singleLocation(res)
  const page = answerPages(req, res, versions, answers, ticket)
  closeUnreadBody(req, res)
  if (refuseBadRequest(req, res)) return
  if (ticket?.hit) return page.replay(ticket.hit)
  // Outermost: it must see Next's answer before the page handling and the compression do.
  replaceEmptyNotFound(req, res, () => handle(req, res, { pathname: NOT_FOUND_PAGE }))
  handle(req, res)
}).listen(port, hostname, () => {
  console.log(`ResetHub ready on http://${hostname === '0.0.0.0' ? 'localhost' : hostname}:${port}`)
})
