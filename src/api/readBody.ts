/**
 * Reads a request's body up to a byte limit, whatever its transfer encoding:
 * the stream is cancelled as soon as it passes the limit, so a chunked body
 * that never ends, or one that lies in its Content-Length, costs at most the
 * limit in memory.
 */
export type ReadBody = { bytes: Buffer } | { tooLarge: true }

export const readBody = async (req: Request, limit: number): Promise<ReadBody> => {
  const declared = Number(req.headers.get('content-length'))
  if (declared > limit) {
    await req.body?.cancel().catch(() => {})
    return { tooLarge: true }
  }
  if (!req.body) return { bytes: Buffer.alloc(0) }
  const reader = req.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > limit) {
      await reader.cancel().catch(() => {})
      return { tooLarge: true }
    }
    chunks.push(value)
  }
  return { bytes: Buffer.concat(chunks, size) }
}
