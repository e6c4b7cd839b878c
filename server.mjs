/**
 * The production server: Next.js behind a plain Node HTTP server, so that
 * every request carries the connection's real peer address (route handlers and
 * Payload hooks get none of their own). Whatever a client sent under that
 * header name is overwritten; rate limits key on it (src/lib/clientAddress.ts).
 */
import { createServer } from 'node:http'

process.env.NODE_ENV = 'production'
const { default: next } = await import('next')

const PEER_HEADER = 'x-resethub-peer'
const port = Number(process.env.PORT) || 3000
const hostname = process.env.HOST || '0.0.0.0'

const app = next({ dev: false, hostname, port })
const handle = app.getRequestHandler()
await app.prepare()

createServer((req, res) => {
  req.headers[PEER_HEADER] = req.socket.remoteAddress ?? 'unknown'
  handle(req, res)
}).listen(port, hostname, () => {
  console.log(`ResetHub ready on http://${hostname === '0.0.0.0' ? 'localhost' : hostname}:${port}`)
})
