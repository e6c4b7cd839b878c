import type { PayloadRequest } from 'payload'

/** A JSON answer with a message a person can act on. */
export const reply = (status: number, message: string, extra: Record<string, unknown> = {}) =>
  Response.json({ message, ...extra }, { status })

/** The request body as JSON, or null when it is not JSON. */
export const jsonBody = async (req: PayloadRequest): Promise<unknown> => {
  try {
    return (await req.json?.()) ?? null
  } catch {
    return null
  }
}
