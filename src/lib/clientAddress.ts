import crypto from 'node:crypto'

/**
 * The header our server (server.ts) sets from the connection's peer address,
 * overwriting anything a client sent under that name.
 */
export const PEER_HEADER = 'x-resethub-peer'

type HeaderSource = { get(name: string): string | null }

/**
 * The address a rate limit may key on: one the client cannot choose. That is
 * the socket's peer, or, with TRUST_PROXY set, the hop our own proxy appended
 * last to X-Forwarded-For. A client-sent X-Forwarded-For or X-Real-IP alone
 * never counts.
 */
export const clientAddress = (headers: HeaderSource, env: NodeJS.ProcessEnv = process.env): string => {
  if (env.TRUST_PROXY) {
    const hops = (headers.get('x-forwarded-for') ?? '').split(',').map((h) => h.trim()).filter(Boolean)
    if (hops.length) return hops[hops.length - 1]
  }
  return headers.get(PEER_HEADER) || 'unknown'
}

/** A keyed hash of the address: what is stored and compared; the address itself never is. */
export const addressHash = (address: string, secret = process.env.PAYLOAD_SECRET || ''): string =>
  crypto.createHmac('sha256', secret).update(`client:${address}`).digest('hex').slice(0, 32)
