import type { AppServer } from '../scripts/appServer'

import { keepAlive, request, submitCase } from './client'
import type { Id, Target } from './crash'
import { checkDatabase } from './database'
import { Errors, networkError } from './tally'

const READERS = 200
const WRITERS = 10
const PAGES = [
  '/',
  '/brands/hikvision',
  '/brands/dahua',
  '/guide',
  '/brands/hikvision/guid-key-file',
  '/search?q=reset',
]
export const LOAD = { readers: READERS, writers: WRITERS }

/**
 * 200 readers (the public pages in turn, each expecting 200) and 10 writers
 * (cases, each expecting 201) for `warmUp` then `seconds`, the server's RSS sampled every second.
 */
export const load = async (server: AppServer, target: Target, seconds: number, warmUp: number) => {
  const { url } = target
  const readers = keepAlive(READERS)
  const writers = keepAlive(WRITERS)
  const errors = new Errors()
  const acknowledged: Id[] = []
  const latencies = new Map<string, number[]>()
  let reads = 0
  let writes = 0

  /** One request: its latency, and an error unless it answered `expected`. */
  const attempt = async <T extends { status: number; body: string }>(
    key: string,
    expected: number,
    work: () => Promise<T>,
  ) => {
    const t0 = performance.now()
    try {
      const answer = await work()
      if (answer.status !== expected) errors.add(`${key} ${answer.status}`, answer.body)
      return answer
    } catch (error) {
      errors.add(`${key} ${networkError(error)}`, `after ${(performance.now() - t0).toFixed(0)} ms`)
    } finally {
      if (!latencies.has(key)) latencies.set(key, [])
      latencies.get(key)!.push(performance.now() - t0)
    }
  }

  // Every connection is opened before the clock starts. A busy server accepts one new
  // connection per turn of its event loop (libuv), and under this load a turn lasts 0.1–0.5 s:
  // 210 connections opened at once would wait in the listen queue for most of a short run.
  await Promise.all([
    ...Array.from({ length: READERS }, () =>
      attempt('GET /robots.txt (connecting)', 200, () => request(readers, `${url}/robots.txt`)),
    ),
    ...Array.from({ length: WRITERS }, () =>
      attempt('GET /robots.txt (connecting)', 200, () => request(writers, `${url}/robots.txt`)),
    ),
  ])

  const cpuBefore = server.cpu() ?? 0
  const started = Date.now()
  // The warm-up comes first and is not part of the measured `seconds`.
  const deadline = started + (warmUp + seconds) * 1000
  const samples: { t: number; rss: number }[] = []
  const sample = () => samples.push({ t: (Date.now() - started) / 1000, rss: server.rss() ?? NaN })
  sample()
  const sampler = setInterval(sample, 1000)

  const reader = async (n: number) => {
    for (let i = n; Date.now() < deadline; i++, reads++) {
      const page = PAGES[i % PAGES.length]
      await attempt(`GET ${page}`, 200, () => request(readers, `${url}${page}`))
    }
  }
  const writer = async () => {
    for (; Date.now() < deadline; writes++) {
      const answer = await attempt('POST /api/comments', 201, () =>
        submitCase(writers, url, target.brand),
      )
      if (answer?.id !== undefined) acknowledged.push(answer.id)
    }
  }
  await Promise.all([
    ...Array.from({ length: READERS }, (_, n) => reader(n)),
    ...Array.from({ length: WRITERS }, writer),
  ])
  const elapsed = (Date.now() - started) / 1000
  const cores = ((server.cpu() ?? NaN) - cpuBefore) / elapsed
  clearInterval(sampler)
  sample()
  readers.destroy()
  writers.destroy()

  // Growth after the warm-up: the median RSS of the run's last quarter over that of the quarter
  // right after the warm-up. Medians, because Node's heap swings ±15 % from second to second as it
  // resizes to the requests in progress; a leak moves the median, a swing does not.
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
  const after = samples.filter((s) => s.t >= warmUp)
  const quarter = Math.max(1, Math.floor(after.length / 4))
  const warm = { t: warmUp, rss: median(after.slice(0, quarter).map((s) => s.rss)) }
  const end = { t: elapsed, rss: median(after.slice(-quarter).map((s) => s.rss)) }
  const peak = Math.max(...after.map((s) => s.rss))
  const { missing } = checkDatabase(target.file, acknowledged)
  return {
    reads,
    writes,
    elapsed,
    errors,
    latencies,
    cores,
    samples,
    warm,
    end,
    peak,
    growth: end.rss / warm.rss,
    acknowledged: acknowledged.length,
    missing,
  }
}
