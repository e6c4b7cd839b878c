import http from 'node:http'
import zlib from 'node:zlib'

export type Answer = { status: number; body: string }

/**
 * One HTTP request on a keep-alive agent, body read to the end. A network
 * error (refused, reset, timeout) rejects; any HTTP answer resolves.
 */
export const request = (
  agent: http.Agent,
  url: string,
  init: { method?: string; json?: unknown } = {},
) =>
  new Promise<Answer>((resolve, reject) => {
    const body = init.json === undefined ? undefined : JSON.stringify(init.json)
    const req = http.request(url, {
      agent,
      method: init.method ?? 'GET',
      // Compressed, as a browser asks: the server's compression is part of what is soaked.
      headers: {
        'accept-encoding': 'gzip',
        ...(body
          ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) }
          : {}),
      },
      timeout: 30_000,
    })
    req.on('timeout', () => req.destroy(new Error('timed out after 30 s')))
    // Whether the request went out on a kept-alive socket tells a server closing an idle connection from one failing mid-request.
    req.on('error', (error) => reject(Object.assign(error, { reusedSocket: req.reusedSocket })))
    req.on('response', (res) => {
      const chunks: Buffer[] = []
      res.on('data', (c: Buffer) => chunks.push(c))
      res.on('error', reject)
      // An answer cut off mid-body (the server killed) is no answer.
      res.on('aborted', () => reject(new Error('answer cut off')))
      res.on('end', () => {
        try {
          const raw = Buffer.concat(chunks)
          // Unzipping also proves the compressed answer arrived whole.
          const text = (
            res.headers['content-encoding'] === 'gzip' ? zlib.gunzipSync(raw) : raw
          ).toString('utf8')
          resolve({ status: res.statusCode ?? 0, body: text })
        } catch (error) {
          reject(error)
        }
      })
    })
    req.end(body)
  })

export const keepAlive = (sockets: number) =>
  new http.Agent({ keepAlive: true, maxSockets: sockets })

let serial = 0

/** A reader's case, each message different (a repeat would be held as spam, still answered 201). */
export const submitCase = async (agent: http.Agent, url: string, brand: number | string) => {
  const n = ++serial
  const answer = await request(agent, `${url}/api/comments`, {
    method: 'POST',
    json: {
      brand,
      authorName: 'Soak reader',
      deviceModel: 'NVR-16',
      body: `Soak case ${n} (${process.pid}, ${Date.now()}): the reset code was refused twice.`,
    },
  })
  let id: number | string | undefined
  if (answer.status === 201)
    id = (JSON.parse(answer.body) as { doc?: { id?: number | string } }).doc?.id
  return { status: answer.status, id, body: answer.body }
}
