import crypto from 'node:crypto'
import { isIPv4, isIPv6 } from 'node:net'

/**
 * The header our server (server.mjs) sets from the connection's peer address,
 * overwriting anything a client sent under that name.
 */
export const PEER_HEADER = 'x-resethub-peer'

type HeaderSource = { get(name: string): string | null }

/** The eight 16-bit groups of an IPv6 address (an embedded IPv4 tail counts as two), or null. */
const ipv6Groups = (address: string): number[] | null => {
  let text = address
  const v4 = text.match(/(\d+\.\d+\.\d+\.\d+)$/)
  if (v4) {
    const [a, b, c, d] = v4[1].split('.').map(Number)
    text = `${text.slice(0, -v4[1].length)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`
  }
  const [head, tail] = text.split('::')
  const part = (s: string | undefined) => (s ? s.split(':').map((g) => parseInt(g, 16)) : [])
  const left = part(head)
  const right = part(tail)
  const groups =
    tail === undefined
      ? left
      : [...left, ...new Array(8 - left.length - right.length).fill(0), ...right]
  return groups.length === 8 && groups.every((g) => Number.isInteger(g) && g >= 0 && g <= 0xffff)
    ? groups
    : null
}

/**
 * The unit a rate limit counts: one IPv4 address, or one IPv6 /64 (a single
 * household or server is handed a whole /64, so counting its addresses one by
 * one would give it billions of allowances). An IPv4-mapped IPv6 address
 * (::ffff:192.0.2.1, as a dual-stack socket reports IPv4 peers) is its IPv4.
 */
export const addressGroup = (raw: string): string => {
  const address = raw
    .trim()
    .replace(/^\[|\]$/g, '')
    .replace(/%.*$/, '')
  if (isIPv4(address)) return address
  if (!isIPv6(address)) return address
  const groups = ipv6Groups(address)
  if (!groups) return address
  if (groups.slice(0, 5).every((g) => g === 0) && groups[5] === 0xffff) {
    return [groups[6] >> 8, groups[6] & 0xff, groups[7] >> 8, groups[7] & 0xff].join('.')
  }
  return `${groups
    .slice(0, 4)
    .map((g) => g.toString(16))
    .join(':')}::/64`
}

/**
 * The address a rate limit may key on: one the client cannot choose, grouped
 * as addressGroup says. That is the socket's peer, or, with TRUST_PROXY set,
 * the hop our own proxy appended last to X-Forwarded-For. A client-sent
 * X-Forwarded-For or X-Real-IP alone never counts.
 */
export const clientAddress = (
  headers: HeaderSource,
  env: NodeJS.ProcessEnv = process.env,
): string => {
  if (env.TRUST_PROXY) {
    const hops = (headers.get('x-forwarded-for') ?? '')
      .split(',')
      .map((h) => h.trim())
      .filter(Boolean)
    if (hops.length) return addressGroup(hops[hops.length - 1])
  }
  return addressGroup(headers.get(PEER_HEADER) || 'unknown')
}

/** A keyed hash of the address: what is stored and compared; the address itself never is. */
export const addressHash = (address: string, secret = process.env.PAYLOAD_SECRET || ''): string =>
  crypto.createHmac('sha256', secret).update(`client:${address}`).digest('hex').slice(0, 32)
