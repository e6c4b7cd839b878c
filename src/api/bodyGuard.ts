import { bodyLimitOf, MAX_JSON_BYTES, tooLargeMessage } from '@/shared/bodyLimits.mjs'

import { readBody } from './readBody'
import { refuse } from './refuse'

/**
 * The body of a request to the API, checked before Payload reads it: it is read
 * only up to its limit (the read stops there, whatever the transfer encoding);
 * a JSON body, or a multipart upload's `_payload` field (which Payload parses
 * as JSON), that is not JSON, not an object, too deep or holds a NUL character
 * is refused with a 4xx that says so. Payload would answer "An unknown error
 * occurred", overflow its stack, or fail in PostgreSQL. Run by src/proxy.ts
 * (through guard.ts) before any route sees the request.
 */

/** Deeper bodies make Payload's field walkers overflow the stack; no real document nests past a few levels. */
export const MAX_JSON_DEPTH = 32

/** A refusal, or the body as parsed JSON (undefined when it is not a JSON body). */
export type CheckedBody = { refusal: Response } | { json: unknown }

/** How deeply a parsed JSON value nests, and whether any of its text (keys too) holds a NUL character; walked without recursion. */
const shapeOf = (value: unknown) => {
  let deepest = 0
  let nul = false
  const stack: [unknown, number][] = [[value, 1]]
  while (stack.length) {
    const [item, depth] = stack.pop()!
    if (typeof item === 'string') nul ||= item.includes('\u0000')
    if (typeof item !== 'object' || item === null) continue
    deepest = Math.max(deepest, depth)
    if (deepest > MAX_JSON_DEPTH) break
    for (const [key, child] of Object.entries(item)) {
      nul ||= key.includes('\u0000')
      stack.push([child, depth + 1])
    }
  }
  return { deepest, nul }
}

/** The same rules for a JSON body and for a multipart `_payload`: an object, within the depth limit. */
const parseJson = (text: string, what: string): CheckedBody => {
  if (!text.trim()) return { json: undefined }
  let body: unknown
  try {
    body = JSON.parse(text)
  } catch {
    return {
      refusal: refuse(400, `${what} is not valid JSON. Check its quotes, commas and brackets.`),
    }
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    return { refusal: refuse(400, `${what} must be a JSON object, such as {"name": "value"}.`) }
  const { deepest, nul } = shapeOf(body)
  if (deepest > MAX_JSON_DEPTH)
    return {
      refusal: refuse(
        400,
        `${what} nests deeper than ${MAX_JSON_DEPTH} levels. Send a flatter document.`,
      ),
    }
  // PostgreSQL's text cannot hold it (SQLite's can): refused alike on every database, before anything is read or written.
  if (nul)
    return {
      refusal: refuse(
        400,
        `${what} holds the NUL character (\\u0000), which no text here may hold. Remove it.`,
      ),
    }
  return { json: body }
}

const checkMultipart = async (req: Request, bytes: Buffer): Promise<CheckedBody> => {
  let form: FormData
  try {
    form = await new Response(new Uint8Array(bytes), { headers: req.headers }).formData()
  } catch {
    return {
      refusal: refuse(
        400,
        'The multipart form cannot be read. Send it as multipart/form-data with a boundary, or send JSON.',
      ),
    }
  }
  const payloadField = form.get('_payload')
  if (payloadField === null) return { json: undefined }
  const text = typeof payloadField === 'string' ? payloadField : await payloadField.text()
  if (Buffer.byteLength(text) > MAX_JSON_BYTES)
    return { refusal: refuse(413, tooLargeMessage(MAX_JSON_BYTES, 'The "_payload" field')) }
  const checked = parseJson(text, 'The "_payload" field')
  return 'refusal' in checked ? checked : { json: undefined }
}

/** Reads the body of a POST, PATCH or PUT up to its limit and checks it; other methods carry none to check. */
export const checkBody = async (req: Request): Promise<CheckedBody> => {
  if (!['POST', 'PATCH', 'PUT'].includes(req.method)) return { json: undefined }
  const type = req.headers.get('content-type')
  const limit = bodyLimitOf(type)
  const read = await readBody(req, limit.bytes)
  if ('tooLarge' in read) return { refusal: refuse(413, limit.message) }
  if (limit.multipart) return checkMultipart(req, read.bytes)
  if (/application\/json/i.test(type ?? ''))
    return parseJson(new TextDecoder().decode(read.bytes), 'The request body')
  return { json: undefined }
}
