import { schedulerToken } from './access'
import { runQueueAlone } from './oneInstance'
import { QUEUES } from './queues'

/**
 * Runs Payload's job queues (scheduled publish and unpublish; and, as a sweep,
 * mail left behind, which is otherwise sent at once in-process) once a minute by
 * calling the server's own /api/payload-jobs/run. Going through a request,
 * rather than a timer calling the Local API, lets the publish hooks refresh
 * the public pages: Next only revalidates from inside a request. With several
 * instances, one of them runs each queue at a time (runQueueAlone).
 */
export const startScheduler = () => {
  const seconds = Number(process.env.JOBS_INTERVAL_SECONDS || 60)
  if (!(seconds > 0)) return
  const port = process.env.PORT || 3000
  // The server's own address: HOST when it is bound to one, else the loopback.
  const bound = process.env.HOST
  const host = bound && !['0.0.0.0', '::', 'localhost'].includes(bound) ? bound : '127.0.0.1'
  const base = `http://${host.includes(':') ? `[${host}]` : host}:${port}/api/payload-jobs/run?queue=`
  const headers = { authorization: `Bearer ${schedulerToken()}` }
  const call = (url: string) =>
    fetch(url, { headers, signal: AbortSignal.timeout(55_000) })
      .then(async (response) => {
        if (!response.ok)
          console.error(
            `Scheduled jobs: ${url} answered ${response.status}: ${await response.text()}`,
          )
      })
      .catch((error: unknown) => console.error(`Scheduled jobs: could not reach ${url}:`, error))
  const run = (queue: string) =>
    runQueueAlone(queue, () => call(base + queue)).catch((error: unknown) =>
      console.error(`Scheduled jobs: the ${queue} queue did not run:`, error),
    )
  const timer = setInterval(() => QUEUES.forEach(run), seconds * 1000)
  timer.unref()
}
