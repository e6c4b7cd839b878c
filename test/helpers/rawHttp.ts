/**
 * Raw HTTP for the server-wrapper tests: fetch would decode the body and hide
 * what was sent, so the bytes come back as they went out, with a decoder beside.
 */
import { request as httpRequest } from 'node:http'
import zlib from 'node:zlib'

export type Answer = {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: Buffer
}

/** A request to the server on 127.0.0.1:`port`, its answer whole. */
export const rawRequest = (
  port: number,
  path: string,
  headers: Record<string, string> = {},
  method = 'GET',
) =>
  new Promise<Answer>((resolve, reject) => {
    httpRequest({ host: '127.0.0.1', port, path, method, headers }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (chunk: Buffer) => chunks.push(chunk))
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      )
    })
      .on('error', reject)
      .end()
  })

/** The body as text, undoing the content encoding the server chose. */
export const decoded = ({ headers, body }: Answer) =>
  (headers['content-encoding'] === 'br'
    ? zlib.brotliDecompressSync(body)
    : headers['content-encoding'] === 'gzip'
      ? zlib.gunzipSync(body)
      : body
  ).toString()
