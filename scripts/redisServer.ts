import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

import { freePort } from './freePort.mjs'

export type RedisServer = {
  url: string
  port: number
  /** Stops it, as a crash would (it keeps nothing: no snapshot, no append-only file). */
  stop: () => Promise<void>
  /** Starts it again on the same port, empty. */
  start: () => Promise<void>
  /** Freezes it (SIGSTOP): connections stay open and commands go unanswered, as with a hung server. */
  pause: () => void
  /** Lets a frozen server go on. */
  resume: () => void
  /** Stops it for good and removes its folder. */
  close: () => Promise<void>
}

const INSTALL = 'apt-get install -y redis-server'

/** Sends PING; true when Redis answers PONG. */
const pong = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = net.connect(port, '127.0.0.1')
    const done = (ok: boolean) => {
      socket.destroy()
      resolve(ok)
    }
    socket.setTimeout(500, () => done(false))
    socket.once('error', () => done(false))
    socket.once('connect', () => socket.write('PING\r\n'))
    socket.once('data', (data) => done(data.toString().startsWith('+PONG')))
  })

const running = new Set<ChildProcess>()
// Whatever happens to the test, no redis-server outlives it.
process.once('exit', () => running.forEach((child) => child.kill('SIGKILL')))

/**
 * A real redis-server for a test, on a free loopback port, keeping nothing on
 * disk. Fails with the command to install it where it is missing.
 */
export const startRedisServer = async (): Promise<RedisServer> => {
  if (spawnSync('redis-server', ['--version']).error) {
    throw new Error(
      `redis-server is not installed; these tests need it: ${INSTALL} (as root, or with sudo)`,
    )
  }
  const port = await freePort()
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'resethub-redis-'))
  let child: ChildProcess | null = null

  const start = async () => {
    const args = [
      '--port',
      String(port),
      '--bind',
      '127.0.0.1',
      '--save',
      '',
      '--appendonly',
      'no',
      '--dir',
      dir,
    ]
    const started = spawn('redis-server', args, { stdio: ['ignore', 'ignore', 'pipe'] })
    running.add(started)
    started.once('exit', () => running.delete(started))
    child = started
    const deadline = Date.now() + 10_000
    while (!(await pong(port))) {
      if (started.exitCode !== null)
        throw new Error(`redis-server exited with ${started.exitCode} on port ${port}`)
      if (Date.now() > deadline)
        throw new Error(`redis-server did not answer on port ${port} within 10 s`)
      await new Promise((r) => setTimeout(r, 50))
    }
  }

  const stop = async () => {
    const stopping = child
    child = null
    if (!stopping || stopping.exitCode !== null) return
    const exited = new Promise((r) => stopping.once('exit', r))
    stopping.kill('SIGKILL')
    await exited
  }

  await start()
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    start,
    stop,
    pause: () => child?.kill('SIGSTOP'),
    resume: () => child?.kill('SIGCONT'),
    close: async () => {
      await stop()
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}
