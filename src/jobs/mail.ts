import { createLocalReq, type Payload, type PayloadRequest, type TaskConfig } from 'payload'

import { eraseOldEmails } from '../collections/Comments/erase'
import { deliver, type MailMessage } from '../email/transport'

import { runQueueAlone } from './oneInstance'
import { MAIL_QUEUE } from './queues'

/**
 * Every e-mail goes out from Payload's job queue, in its own queue, after the
 * write that caused it is committed: a slow or failing mail server never holds
 * a write transaction (SQLite lets one writer at a time) nor fails a request.
 *
 * Payload's runner (payload/dist/queues) marks jobs and records their outcome
 * in short transactions of its own, and runs each task with a request that has
 * no transaction: a task that waits seconds on SMTP holds no lock. A failed
 * delivery is retried with exponential backoff (2 s, 4 s, 8 s, … about 17
 * minutes in all); the runner here wakes for the next retry by itself.
 */
const retryDelayMs = () => Math.max(10, Number(process.env.MAIL_RETRY_DELAY_MS) || 2000)

type Task = TaskConfig<{ input: { message: MailMessage }; output: object }>

const sendEmailTask: Task = {
  slug: 'sendEmail',
  label: 'Send an e-mail',
  inputSchema: [{ name: 'message', type: 'json', required: true }],
  retries: { attempts: 10, backoff: { type: 'exponential', delay: retryDelayMs() } },
  handler: async ({ input, req }) => {
    await deliver(req.payload, input.message)
    return { output: {} }
  },
}

const eraseOldEmailsTask: TaskConfig<{ input: object; output: { erased: number } }> = {
  slug: 'eraseOldEmails',
  label: 'Erase readers’ old e-mail addresses',
  retries: { attempts: 5, backoff: { type: 'exponential', delay: retryDelayMs() } },
  handler: async ({ req }) => ({ output: { erased: await eraseOldEmails(req.payload, req) } }),
}

export const mailTasks = [sendEmailTask, eraseOldEmailsTask] as TaskConfig[]

type Runner = { running: boolean; again: boolean; timer?: NodeJS.Timeout }
const runners = new WeakMap<Payload, Runner>()

/** The next retry's time, if a mail job waits for one. */
const nextRetry = async (payload: Payload) => {
  const { docs } = await payload.find({
    collection: 'payload-jobs',
    overrideAccess: true,
    depth: 0,
    limit: 1,
    sort: 'waitUntil',
    where: {
      and: [
        { queue: { equals: MAIL_QUEUE } },
        { completedAt: { exists: false } },
        { hasError: { not_equals: true } },
        { processing: { equals: false } },
        { waitUntil: { exists: true } },
      ],
    },
  })
  return docs[0]?.waitUntil ? new Date(docs[0].waitUntil).getTime() : null
}

/** Another instance is running the queue: look again shortly, for mail it found too early to take. */
const BUSY_RETRY_MS = 1000
/** Redis (which says who runs the queue) is away: look again now and then. */
const REDIS_RETRY_MS = 5000

/**
 * Runs the mail queue now, in this process, until nothing is due; then sleeps
 * until the next retry is due. Calls while it runs make it go round once more.
 * With several instances, one runs the queue at a time (runQueueAlone).
 */
export const runMailQueue = (payload: Payload) => {
  let runner = runners.get(payload)
  if (!runner) runners.set(payload, (runner = { running: false, again: false }))
  const state = runner
  if (state.running) {
    state.again = true
    return
  }
  state.running = true
  clearTimeout(state.timer)
  const wake = (ms: number) => {
    state.timer = setTimeout(() => runMailQueue(payload), ms)
    state.timer.unref()
  }
  void (async () => {
    try {
      for (let round = 0; round < 100; round++) {
        state.again = false
        let noJobsRemaining = false
        const outcome = await runQueueAlone(MAIL_QUEUE, async () => {
          const result = await payload.jobs.run({
            queue: MAIL_QUEUE,
            limit: 20,
            silent: { info: true },
          })
          noJobsRemaining = Boolean(result.noJobsRemaining)
        })
        if (outcome !== 'ran') return wake(outcome === 'busy' ? BUSY_RETRY_MS : REDIS_RETRY_MS)
        if (noJobsRemaining && !state.again) break
      }
      const due = await nextRetry(payload)
      if (due !== null) wake(Math.max(0, due - Date.now()) + 20)
    } catch (error) {
      payload.logger.error({
        err: error,
        msg: 'The mail queue could not run; it runs again with the next mail or the next sweep.',
      })
    } finally {
      state.running = false
    }
  })()
}

/** Calls `then` once the request's transaction has ended (Payload removes its id on commit and on rollback). */
const afterTransaction = (req: PayloadRequest, then: () => void) => {
  const started = Date.now()
  const wait = () => {
    if (!req.transactionID || Date.now() - started > 60_000) then()
    else setTimeout(wait, 5).unref()
  }
  wait()
}

/**
 * Queues a message inside the request's transaction (it is sent only if the
 * write commits) and runs the queue as soon as the transaction has ended.
 */
export const queueEmail = async (req: PayloadRequest, message: MailMessage) => {
  await req.payload.jobs.queue({ task: 'sendEmail', queue: MAIL_QUEUE, input: { message }, req })
  afterTransaction(req, () => runMailQueue(req.payload))
}

/**
 * Addresses are kept for days after a case is resolved: erasing them once an hour is
 * soon enough, and a stream of new cases then costs one erasure an hour, not one each.
 */
const ERASURE_EVERY_MS = 60 * 60 * 1000
let erasureQueuedAt = Number.NEGATIVE_INFINITY

/** Queues the erasure of old addresses at most once an hour in this process, and once however many ask meanwhile. */
export const queueErasure = async (req: PayloadRequest) => {
  if (Date.now() - erasureQueuedAt < ERASURE_EVERY_MS) return
  erasureQueuedAt = Date.now()
  const { totalDocs } = await req.payload.count({
    collection: 'payload-jobs',
    overrideAccess: true,
    req,
    where: {
      and: [
        { taskSlug: { equals: 'eraseOldEmails' } },
        { completedAt: { exists: false } },
        { hasError: { not_equals: true } },
      ],
    },
  })
  if (totalDocs === 0)
    await req.payload.jobs.queue({ task: 'eraseOldEmails', queue: MAIL_QUEUE, input: {}, req })
  afterTransaction(req, () => runMailQueue(req.payload))
}

/**
 * For mail sent where no request is at hand (Payload's own, through the email
 * adapter, from inside its transaction): queued in a transaction of its own,
 * which on SQLite takes its turn after the current one, and never awaited by
 * the caller.
 */
export const queueEmailOutside = (payload: Payload, message: MailMessage) => {
  void (async () => {
    const req = await createLocalReq({}, payload)
    const transactionID = (await payload.db.beginTransaction()) ?? undefined
    req.transactionID = transactionID
    try {
      await payload.jobs.queue({ task: 'sendEmail', queue: MAIL_QUEUE, input: { message }, req })
      if (transactionID !== undefined) await payload.db.commitTransaction(transactionID)
    } catch (error) {
      if (transactionID !== undefined)
        await payload.db.rollbackTransaction(transactionID).catch(() => undefined)
      payload.logger.error({
        err: error,
        msg: 'An e-mail could not be queued; here it is in full.',
        message,
      })
      return
    }
    runMailQueue(payload)
  })()
}
