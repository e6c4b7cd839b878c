import { type AppServer, launchAppServer } from '../scripts/appServer'

import { keepAlive, submitCase } from './client'
import { checkDatabase } from './database'
import { Errors, networkError } from './tally'

export type Id = number | string
export type Target = { url: string; env: NodeJS.ProcessEnv; file: string; brand: Id }

const CLIENTS = 20
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

/**
 * One crash round on a running server: 20 clients submit cases, SIGKILL after
 * 1–3 s, restart on the same file, then read the file for every acknowledged id.
 * Returns the restarted server and the round's figures.
 */
export const crashRound = async (server: AppServer, target: Target, storedBefore: number) => {
  const agent = keepAlive(CLIENTS)
  const acknowledged: Id[] = []
  const errors = new Errors()
  let killed = false
  let cutOff = 0
  const submit = async () => {
    try {
      const answer = await submitCase(agent, target.url, target.brand)
      if (answer.id !== undefined) acknowledged.push(answer.id)
      else errors.add(`POST ${answer.status}`, answer.body)
    } catch (error) {
      // In flight at the kill: not acknowledged, and no error.
      if (killed) cutOff++
      else errors.add(`POST ${networkError(error)}`)
    }
  }
  // One case first, so that a slow first request after the restart does not leave the round without acknowledgements.
  await submit()
  const clients = Array.from({ length: CLIENTS }, async () => {
    while (!killed) await submit()
  })
  const after = 1000 + Math.random() * 2000
  await sleep(after)
  killed = true
  await server.crash()
  await Promise.all(clients)
  agent.destroy()

  const restarted = await launchAppServer(target.env)
  const check = checkDatabase(target.file, acknowledged)
  return {
    server: restarted,
    after,
    acknowledged: acknowledged.length,
    cutOff,
    errors,
    ...check,
    storedExtra: check.stored - storedBefore - acknowledged.length,
  }
}
