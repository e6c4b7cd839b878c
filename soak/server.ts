import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { root } from '../bench/server'

export type Server = {
  pid: number
  /** Resident memory in bytes (VmRSS), or null once the process is gone. */
  rss: () => number | null
  /** CPU seconds used so far (user + system), or null once the process is gone. */
  cpu: () => number | null
  /** What the server logged, but its ready line. */
  log: string[]
  crash: () => Promise<void>
  stop: () => Promise<void>
}

const live = new Set<Server>()

/** Last resort on any exit of the soak: no server outlives it. */
export const killAll = () => {
  for (const server of live) {
    try {
      process.kill(server.pid, 'SIGKILL')
    } catch {
      // already gone
    }
  }
  live.clear()
}

/**
 * The production server (server.mjs), like the benchmark's startServer, but
 * with its pid for memory samples and a SIGKILL for the crash rounds.
 */
export const launch = async (env: NodeJS.ProcessEnv): Promise<Server> => {
  const child = spawn(process.execPath, [path.join(root, 'server.mjs')], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] })
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const log: string[] = []
  // Payload logs to stdout, Next to stderr: at LOG_LEVEL=error anything but the ready line is worth a look.
  const watch = (chunk: string) => {
    const lines = chunk.split('\n').filter((line) => line && !line.startsWith('ResetHub ready'))
    for (const line of lines) process.stderr.write(`  server: ${line}\n`)
    log.push(...lines)
  }
  child.stdout!.setEncoding('utf8').on('data', watch)
  child.stderr!.setEncoding('utf8').on('data', watch)
  const end = async (signal: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal)
    await exited
    live.delete(server)
  }
  const server: Server = {
    pid: child.pid!,
    rss: () => {
      try {
        const kb = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${child.pid}/status`, 'utf8'))
        return kb ? Number(kb[1]) * 1024 : null
      } catch {
        return null
      }
    },
    cpu: () => {
      try {
        // Fields 14 and 15 of /proc/<pid>/stat, in clock ticks (100 a second on Linux); the name in () may hold spaces.
        const fields = fs.readFileSync(`/proc/${child.pid}/stat`, 'utf8').split(') ')[1].split(' ')
        return (Number(fields[11]) + Number(fields[12])) / 100
      } catch {
        return null
      }
    },
    log,
    crash: () => end('SIGKILL'),
    stop: () => end('SIGTERM'),
  }
  live.add(server)

  const url = `http://127.0.0.1:${env.PORT}`
  const deadline = Date.now() + 90_000
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}`)
    try {
      if ((await fetch(`${url}/api/brands?limit=1&depth=0`)).ok) return server
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await server.crash()
      throw new Error('the server did not answer within 90 s')
    }
    await new Promise((r) => setTimeout(r, 200))
  }
}
