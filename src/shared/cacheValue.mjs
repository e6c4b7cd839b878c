/**
 * Next's cache entries as text for Redis, and back. They hold bytes (a page's
 * RSC payload, a route's body: Buffers) and Maps (a page's segment data), which
 * JSON alone would turn into plain objects; each is written as a one-key object
 * that names its kind.
 */
const BYTES = '$bytes'
const MAP = '$map'

/** @param {unknown} value */
export const encodeCacheValue = (value) =>
  JSON.stringify(value, function (key, converted) {
    // `this[key]` is the value before its toJSON() (a Buffer's makes an array of numbers).
    const raw = this[key]
    if (raw instanceof Uint8Array)
      return { [BYTES]: Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength).toString('base64') }
    if (raw instanceof Map) return { [MAP]: [...raw] }
    return converted
  })

const only = (object, key) => Object.keys(object).length === 1 && key in object

/** @param {string} text */
export const decodeCacheValue = (text) =>
  JSON.parse(text, (_key, value) => {
    if (!value || typeof value !== 'object' || Array.isArray(value)) return value
    if (only(value, BYTES)) return Buffer.from(value[BYTES], 'base64')
    if (only(value, MAP)) return new Map(value[MAP])
    return value
  })
