import { commitTransaction, initTransaction, killTransaction, type PayloadRequest } from 'payload'

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

/** Runs `work` in one transaction on `req`: all of its writes land, or none. */
export const inTransaction = async <T>(req: PayloadRequest, work: () => Promise<T>): Promise<T> => {
  const owns = await initTransaction(req)
  try {
    const result = await work()
    if (owns) await commitTransaction(req)
    return result
  } catch (error) {
    if (owns) await killTransaction(req)
    throw error
  }
}
