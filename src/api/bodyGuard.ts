import { fileTooLargeMessage, MAX_FILE_MB } from '@/collections/Media/limits'
import { readBody } from './readBody'

/**
 * A guard around Payload's REST and GraphQL route handlers for what reaches
 * them before any of our code: a body is read only up to its limit (the read
 * stops there, whatever the transfer encoding), a JSON body (or a multipart
 * upload's `_payload` field, which Payload parses as JSON) that is not JSON,
 * too large, too deep or holds a NUL character is refused with a 4xx that
 * says so (Payload would answer "An unknown error occurred", overflow its
 * stack, or throw a 500 from the GraphQL route or PostgreSQL), and anything
 * still thrown becomes an answer: a 4xx keeps its message, anything else is a
 * 500 that reveals nothing.
 */
export const MAX_JSON_BYTES = 1024 * 1024
/** One upload (Media's file limit) and its form fields. */
export const MAX_MULTIPART_BYTES = (MAX_FILE_MB + 1) * 1024 * 1024
/** Deeper bodies make Payload's field walkers overflow the stack; no real document nests past a few levels. */
export const MAX_JSON_DEPTH = 32

type Handler<A extends unknown[]> = (req: Request, ...rest: A) => Promise<Response>

export const refuse = (status: number, message: string) =>
  Response.json({ errors: [{ message }] }, { status })

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

const tooLarge = (limit: number, what: string) =>
  refuse(413, `${what} is larger than ${Math.round(limit / 1024 / 1024)} MB. Send less at a time.`)

/** The same rules for a JSON body and for a multipart `_payload`: an object, within the depth limit. */
const badJson = (text: string, what: string): Response | null => {
  if (!text.trim()) return null
  let body: unknown
  try {
    body = JSON.parse(text)
  } catch {
    return refuse(400, `${what} is not valid JSON. Check its quotes, commas and brackets.`)
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    return refuse(400, `${what} must be a JSON object, such as {"name": "value"}.`)
  const { deepest, nul } = shapeOf(body)
  if (deepest > MAX_JSON_DEPTH)
    return refuse(
      400,
      `${what} nests deeper than ${MAX_JSON_DEPTH} levels. Send a flatter document.`,
    )
  // PostgreSQL's text cannot hold it (SQLite's can): refused alike on every database, before anything is read or written.
  if (nul)
    return refuse(
      400,
      `${what} holds the NUL character (\\u0000), which no text here may hold. Remove it.`,
    )
  return null
}

/** A request that carries `bytes` as its body, already read: the handler reads it from memory. */
const withBody = (req: Request, bytes: Buffer) => {
  const headers = new Headers(req.headers)
  headers.delete('transfer-encoding')
  headers.set('content-length', String(bytes.byteLength))
  return new Request(req.url, {
    method: req.method,
    headers,
    body: req.body
      ? new Blob([
          new Uint8Array(
            bytes.buffer,
            bytes.byteOffset,
            bytes.byteLength,
          ) as Uint8Array<ArrayBuffer>,
        ])
      : undefined,
    signal: req.signal,
  })
}

/** Reads and checks the body; answers either a refusal or the request to hand on. */
const checkBody = async (req: Request): Promise<Response | Request> => {
  if (!['POST', 'PATCH', 'PUT'].includes(req.method)) return req
  const type = req.headers.get('content-type') ?? ''
  const multipart = /^multipart\/form-data/i.test(type)
  const limit = multipart ? MAX_MULTIPART_BYTES : MAX_JSON_BYTES
  const read = await readBody(req, limit)
  // An upload past the limit is a file past Media's limit (the form's other fields are small): say what to do about the file.
  if ('tooLarge' in read)
    return multipart ? refuse(413, fileTooLargeMessage) : tooLarge(limit, 'The request body')
  const passed = withBody(req, read.bytes)
  if (multipart) {
    let form: FormData
    try {
      form = await passed.clone().formData()
    } catch {
      return refuse(
        400,
        'The multipart form cannot be read. Send it as multipart/form-data with a boundary, or send JSON.',
      )
    }
    const payloadField = form.get('_payload')
    if (payloadField !== null) {
      const text = typeof payloadField === 'string' ? payloadField : await payloadField.text()
      if (Buffer.byteLength(text) > MAX_JSON_BYTES)
        return tooLarge(MAX_JSON_BYTES, 'The "_payload" field')
      const refusal = badJson(text, 'The "_payload" field')
      if (refusal) return refusal
    }
    return passed
  }
  if (/application\/json/i.test(type)) {
    const refusal = badJson(new TextDecoder().decode(read.bytes), 'The request body')
    if (refusal) return refusal
  }
  return passed
}

export const guardApi =
  <A extends unknown[]>(handler: Handler<A>): Handler<A> =>
  async (req, ...rest) => {
    const checked = await checkBody(req)
    if (checked instanceof Response) return checked
    try {
      return await handler(checked, ...rest)
    } catch (error) {
      const status = Number((error as { status?: unknown }).status)
      if (status >= 400 && status < 500)
        return refuse(status, String((error as Error).message || 'The request was refused.'))
      console.error('Unhandled error in an API route', error)
      return refuse(500, 'Something went wrong on our side. Please try again later.')
    }
  }
