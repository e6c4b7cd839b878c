/**
 * The production server: Next.js behind a plain Node HTTP server, so that
 * every request carries the connection's real peer address (route handlers and
 * Payload hooks get none of their own). Whatever a client sent under that
 * header name is overwritten; rate limits key on it (src/lib/clientAddress.ts).
 * It also sets the security headers and the per-request script nonce
 * (server/security.mjs), and compresses answers itself: the nonce is stamped
 * into the HTML before compression, so Next's own compression is off.
 */
import { createServer } from 'node:http'
import { Duplex } from 'node:stream'

import compression from 'compression'

import { secureResponse } from './server/security.mjs'

process.env.NODE_ENV = 'production'
const { default: next } = await import('next')

const PEER_HEADER = 'x-resethub-peer'
const port = Number(process.env.PORT) || 3000
const hostname = process.env.HOST || '0.0.0.0'

const app = next({ dev: false, hostname, port })
const handle = app.getRequestHandler()
await app.prepare()

const compress = compression()
const noop = () => {}

/** A client that leaves mid-answer leaves the compression's zlib stream open; close it (asking for 'drain' hands it back). */
const releaseCompression = (res) => {
  if (res.writableFinished) return
  const stream = res.on('drain', noop)
  if (stream instanceof Duplex && stream !== res) stream.destroy()
  else res.off('drain', noop)
}

createServer((req, res) => {
  req.headers[PEER_HEADER] = req.socket.remoteAddress ?? 'unknown'
  // Order matters: compression wraps the response first, so the stamp (outermost) sees plain HTML.
  compress(req, res, () => {})
  res.once('close', () => releaseCompression(res))
  secureResponse(req, res)
  handle(req, res)
}).listen(port, hostname, () => {
  console.log(`ResetHub ready on http://${hostname === '0.0.0.0' ? 'localhost' : hostname}:${port}`)
})
