/**
 * Content encodings for HTML answers, which the server compresses itself (once per
 * version of a page, server/pageVersions.mjs): brotli or gzip, as the client accepts.
 */
import { promisify } from 'node:util'
import zlib from 'node:zlib'

// Below this, compressing saves less than it costs (the compression middleware's threshold too).
const SMALLEST = 1024

const brotli = promisify(zlib.brotliCompress)
const gzip = promisify(zlib.gzip)

/**
 * Brotli quality 6: within 3 % of the best size of a guide page in a few
 * milliseconds, where quality 11 takes a third of a second, which the first reader
 * after a publish would wait.
 */
const BROTLI_QUALITY = 6

/** The q-value the Accept-Encoding header gives `coding` (through `*` if not named), 0 when refused or absent. */
const weight = (accepted, coding) => accepted.get(coding) ?? accepted.get('*') ?? 0

const parse = (header) => {
  const accepted = new Map()
  for (const part of String(header ?? '').split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';')
    if (!name) continue
    const q = params.map((p) => /^\s*q=([01](?:\.\d{0,3})?)\s*$/.exec(p)).find(Boolean)
    accepted.set(name, q ? Number(q[1]) : 1)
  }
  return accepted
}

/** 'br', 'gzip' or 'identity' for a body of `size` bytes, given the request's Accept-Encoding. */
export const chooseEncoding = (header, size) => {
  if (size < SMALLEST) return 'identity'
  const accepted = parse(header)
  const br = weight(accepted, 'br')
  const gz = weight(accepted, 'gzip')
  if (br > 0 && br >= gz) return 'br'
  return gz > 0 ? 'gzip' : 'identity'
}

/** `body` encoded as `encoding` ('br' or 'gzip'), off the main thread. */
export const encode = (body, encoding) =>
  encoding === 'br'
    ? brotli(body, {
        params: {
          [zlib.constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY,
          [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length,
        },
      })
    : gzip(body)
