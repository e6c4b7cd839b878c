import net from 'node:net'

/**
 * A loopback port free a moment ago, for the servers the tests start (PostgreSQL,
 * Redis, the app, nginx). Another process may take it before the server binds it:
 * callers that can, try again.
 * @returns {Promise<number>}
 */
export const freePort = () =>
  new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : 0
      server.close(() => resolve(port))
    })
  })
