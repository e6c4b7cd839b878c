/**
 * A guard around Payload's REST and GraphQL route handlers for what reaches
 * them before any of our code: a JSON body that is not JSON or is too large is
 * refused with a 4xx that says so (Payload would answer "An unknown error
 * occurred", or throw a 500 from the GraphQL route), and anything still thrown
 * becomes an answer: a 4xx keeps its message, anything else is a 500 that
 * reveals nothing. Uploads (multipart) pass through: Media limits them.
 */
const MAX_JSON_BYTES = 1024 * 1024
/** Deeper bodies make Payload's field walkers overflow the stack; no real document nests past a few levels. */
const MAX_JSON_DEPTH = 32

type Handler<A extends unknown[]> = (req: Request, ...rest: A) => Promise<Response>

export const refuse = (status: number, message: string) => Response.json({ errors: [{ message }] }, { status })

/** How deeply a parsed JSON value nests, walked without recursion. */
const depthOf = (value: unknown): number => {
  let deepest = 0
  const stack: [unknown, number][] = [[value, 1]]
  while (stack.length) {
    const [item, depth] = stack.pop()!
    if (typeof item !== 'object' || item === null) continue
    deepest = Math.max(deepest, depth)
    if (deepest > MAX_JSON_DEPTH) return deepest
    for (const child of Object.values(item)) stack.push([child, depth + 1])
  }
  return deepest
}

const badJsonBody = async (req: Request): Promise<Response | null> => {
  if (!['POST', 'PATCH', 'PUT'].includes(req.method)) return null
  if (!/application\/json/i.test(req.headers.get('content-type') ?? '')) return null
  const declared = Number(req.headers.get('content-length'))
  if (declared > MAX_JSON_BYTES) return refuse(413, 'The request body is larger than 1 MB. Send less at a time.')
  const text = await req.clone().text()
  if (Buffer.byteLength(text) > MAX_JSON_BYTES) return refuse(413, 'The request body is larger than 1 MB. Send less at a time.')
  if (!text.trim()) return null
  let body: unknown
  try {
    body = JSON.parse(text)
  } catch {
    return refuse(400, 'The request body is not valid JSON. Check its quotes, commas and brackets.')
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return refuse(400, 'The request body must be a JSON object, such as {"name": "value"}.')
  if (depthOf(body) > MAX_JSON_DEPTH) return refuse(400, `The request body nests deeper than ${MAX_JSON_DEPTH} levels. Send a flatter document.`)
  return null
}

export const guardApi =
  <A extends unknown[]>(handler: Handler<A>): Handler<A> =>
  async (req, ...rest) => {
    const refusal = await badJsonBody(req)
    if (refusal) return refusal
    try {
      return await handler(req, ...rest)
    } catch (error) {
      const status = Number((error as { status?: unknown }).status)
      if (status >= 400 && status < 500) return refuse(status, String((error as Error).message || 'The request was refused.'))
      console.error('Unhandled error in an API route', error)
      return refuse(500, 'Something went wrong on our side. Please try again later.')
    }
  }
