/**
 * A second server process in miniature, for tests of state shared between
 * instances: it loads the app's own modules (with the REDIS_URL it was given)
 * and runs what the test asks over IPC. See instance.ts.
 */
import { CASE_LIMITS, consume } from '../../src/lib/rateLimit'

export type InstanceRequest = { id: number; op: 'consumeCase'; args: [clientHash: string] }
export type CaseAnswer = { ok: true } | { ok: false; status?: number; message: string }

const ops = {
  /** What the readers' pipeline does for a new case from `clientHash`. */
  consumeCase: async (clientHash: string): Promise<CaseAnswer> => {
    try {
      await consume('comments', CASE_LIMITS, clientHash, 'cases')
      return { ok: true }
    } catch (error) {
      const { status, message } = error as { status?: number; message: string }
      return { ok: false, status, message }
    }
  },
}

process.on('message', async ({ id, op, args }: InstanceRequest) => {
  const value = await ops[op](...args)
  process.send?.({ id, value })
})
process.send?.({ ready: true })
