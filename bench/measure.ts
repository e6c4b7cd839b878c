import http from 'node:http'
import zlib from 'node:zlib'

import autocannon from 'autocannon'

export const median = (xs: number[]) => percentile(xs, 50)
export const percentile = (xs: number[], p: number) => {
  const sorted = [...xs].sort((a, b) => a - b)
  return (
    sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ??
    NaN
  )
}
export const gzipBytes = (data: Buffer | string) => zlib.gzipSync(data).length

export type Load = {
  rps: number
  p50: number
  p99: number
  errors: number
  non2xx: number
  ok: number
}

/** autocannon against one address for `seconds` with `connections`. */
export const load = async (
  url: string,
  connections: number,
  seconds: number,
  extra: Partial<Parameters<typeof autocannon>[0]> = {},
): Promise<Load> => {
  const r = await autocannon({ url, connections, duration: seconds, ...extra })
  return {
    rps: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    errors: r.errors + r.timeouts,
    non2xx: r.non2xx,
    ok: r['2xx'],
  }
}

/**
 * The machine's limit for this page: a bare Node server answering every
 * request with the very same bytes and headers the site sent.
 */
export const bareServer = async (body: Buffer, headers: Record<string, string>, port: number) => {
  const server = http.createServer((_req, res) => {
    res.writeHead(200, headers)
    res.end(body)
  })
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

/** Milliseconds until the response's first byte (its status line and headers) and until its last, then the body. */
export const timeToFirstByte = (url: string, headers: Record<string, string> = {}) =>
  new Promise<{ ttfb: number; total: number; status: number; body: string }>((resolve, reject) => {
    const started = process.hrtime.bigint()
    http
      .get(url, { headers }, (res) => {
        const ttfb = Number(process.hrtime.bigint() - started) / 1e6
        const chunks: Buffer[] = []
        res.on('data', (c: Buffer) => chunks.push(c))
        res.on('end', () =>
          resolve({
            ttfb,
            total: Number(process.hrtime.bigint() - started) / 1e6,
            status: res.statusCode ?? 0,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        )
      })
      .on('error', reject)
  })
