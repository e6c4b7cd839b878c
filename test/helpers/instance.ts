import { fork, type ChildProcess } from 'node:child_process'
import { fileURLToPath } from 'node:url'

import type { CaseAnswer } from './instanceWorker'

const WORKER = fileURLToPath(new URL('./instanceWorker.ts', import.meta.url))

export type Instance = {
  consumeCase: (clientHash: string) => Promise<CaseAnswer>
  /** What it logged so far. */
  log: () => string
  stop: () => Promise<void>
}

/**
 * Starts another process running the app's modules (instanceWorker.ts): a
 * separate instance with its own memory and its own Redis connection.
 */
export const startInstance = async (env: Record<string, string>): Promise<Instance> => {
  const child: ChildProcess = fork(WORKER, [], {
    execArgv: ['--import', 'tsx'],
    env: { ...process.env, ...env, NODE_OPTIONS: '' },
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  })
  let output = ''
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk))
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk))
  const waiting = new Map<number, (value: CaseAnswer) => void>()
  let next = 0
  await new Promise<void>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`the instance exited with ${code}: ${output}`)))
    child.on('message', (message: { ready?: boolean; id?: number; value?: CaseAnswer }) => {
      if (message.ready) resolve()
      else if (message.id !== undefined) waiting.get(message.id)?.(message.value!)
    })
  })
  return {
    consumeCase: (clientHash) =>
      new Promise((resolve) => {
        const id = ++next
        waiting.set(id, resolve)
        child.send({ id, op: 'consumeCase', args: [clientHash] })
      }),
    log: () => output,
    stop: async () => {
      if (child.exitCode !== null) return
      const exited = new Promise((r) => child.once('exit', r))
      child.kill('SIGTERM')
      await exited
    },
  }
}
