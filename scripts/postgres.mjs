#!/usr/bin/env node
/**
 * A throwaway PostgreSQL cluster, for the tests and for generating migrations:
 * initdb into a temporary folder, the server on a free loopback port with its
 * socket in that folder, trust authentication for loopback connections only.
 * The folder goes when the cluster stops, when the process exits, and when the
 * start fails. PostgreSQL refuses to run as root, so as root the cluster
 * belongs to the `postgres` system user.
 *
 *   import { startPostgres } from './postgres.mjs'
 *   const cluster = await startPostgres()   // { url, urlFor(db), version, stop() }
 *
 *   node scripts/postgres.mjs                       starts one, prints its address, stops on Ctrl-C
 *   node scripts/postgres.mjs <command> [args…]     runs the command with DATABASE_URI set to a
 *                                                   fresh database in it, then stops
 */
import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { freePort } from './freePort.mjs'

export const POSTGRES_INSTALL = 'apt-get install -y postgresql'
const DEBIAN_DIR = '/usr/lib/postgresql'
const READY_TIMEOUT_MS = 30_000
const STOP_TIMEOUT_MS = 15_000

/** The folder holding initdb and postgres: Debian's newest version, else the PATH. */
export const findPostgresBin = () => {
  const debian = fs.existsSync(DEBIAN_DIR)
    ? fs
        .readdirSync(DEBIAN_DIR)
        .filter((version) => fs.existsSync(path.join(DEBIAN_DIR, version, 'bin', 'initdb')))
        .sort((a, b) => Number(b) - Number(a))
        .map((version) => path.join(DEBIAN_DIR, version, 'bin'))
    : []
  // Elsewhere initdb on the PATH is often a link into the folder that holds the rest.
  const onPath = (process.env.PATH ?? '')
    .split(path.delimiter)
    .filter((dir) => dir && fs.existsSync(path.join(dir, 'initdb')))
    .map((dir) => path.dirname(fs.realpathSync(path.join(dir, 'initdb'))))
  return debian[0] ?? onPath.find((dir) => fs.existsSync(path.join(dir, 'postgres'))) ?? null
}

const missingMessage = () =>
  `PostgreSQL's server programs (initdb, postgres) are not installed: nothing in ${DEBIAN_DIR}/*/bin or on the PATH.\n` +
  `Install them with: ${process.getuid?.() === 0 ? '' : 'sudo '}${POSTGRES_INSTALL}`

/** Whom the server runs as: this user, or `postgres` when this is root. */
const serverUser = () => {
  if (process.getuid?.() !== 0) return {}
  const line = fs
    .readFileSync('/etc/passwd', 'utf8')
    .split('\n')
    .find((entry) => entry.startsWith('postgres:'))
  if (!line)
    throw new Error(
      "PostgreSQL refuses to run as root, and there is no `postgres` user to run it as (Debian's postgresql package creates one).",
    )
  const [, , uid, gid] = line.split(':')
  return { uid: Number(uid), gid: Number(gid) }
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))
const sleepSync = (ms) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms)

/** True while the process runs (a zombie, ended but not yet reaped, counts as gone). */
const running = (pid) => {
  try {
    return !fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.startsWith('Z')
  } catch {
    return false
  }
}

/** The server's own word, as pg_ctl reads it: the status line of postmaster.pid says "ready". */
const acceptsConnections = (data) => {
  try {
    return (
      fs.readFileSync(path.join(data, 'postmaster.pid'), 'utf8').split('\n')[7]?.trim() === 'ready'
    )
  } catch {
    return false
  }
}

const tail = (file, lines = 30) => {
  try {
    return fs.readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n')
  } catch {
    return '(no server log)'
  }
}

// Clusters still running, stopped at once if this process ends without stopping them.
const live = new Set()
let hooked = false
const stopAllNow = () => {
  for (const cluster of live) cluster.stopNow()
}
const hookExit = () => {
  if (hooked) return
  hooked = true
  process.on('exit', stopAllNow)
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.once(signal, () => {
      stopAllNow()
      process.exit(128 + os.constants.signals[signal])
    })
  }
}

/**
 * Starts a cluster. Resolves once it accepts connections; rejects (leaving
 * nothing behind) when PostgreSQL is missing or does not start.
 */
export const startPostgres = async ({ log = () => {} } = {}) => {
  const bin = findPostgresBin()
  if (!bin) throw new Error(missingMessage())
  const user = serverUser()
  const run = (name) => path.join(bin, name)
  const version =
    /\d+(\.\d+)*/.exec(
      spawnSync(run('postgres'), ['--version'], { encoding: 'utf8' }).stdout,
    )?.[0] ?? 'unknown'

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'resethub-pg-'))
  if (user.uid !== undefined) fs.chownSync(dir, user.uid, user.gid)
  const data = path.join(dir, 'data')
  const logFile = path.join(dir, 'server.log')
  let server = null

  const cluster = {
    version,
    dir,
    url: '',
    /** The address of one database of this cluster (created by whoever uses it). */
    urlFor: (database) => cluster.url.replace(/\/[^/]*$/, `/${database}`),
    stopNow: () => {
      live.delete(cluster)
      if (server && running(server.pid)) {
        // Immediate shutdown: the server ends its sessions and exits at once.
        server.kill('SIGQUIT')
        for (let waited = 0; waited < 5000 && running(server.pid); waited += 50) sleepSync(50)
      }
      fs.rmSync(dir, { recursive: true, force: true, maxRetries: 5 })
    },
    stop: async () => {
      live.delete(cluster)
      if (server && server.exitCode === null && server.signalCode === null) {
        const exited = new Promise((resolve) => server.once('exit', resolve))
        // Fast shutdown: sessions are ended, the data is checkpointed.
        server.kill('SIGINT')
        if (
          (await Promise.race([
            exited.then(() => true),
            sleep(STOP_TIMEOUT_MS).then(() => false),
          ])) === false
        )
          server.kill('SIGQUIT')
        await exited
      }
      fs.rmSync(dir, { recursive: true, force: true, maxRetries: 5 })
    },
  }
  live.add(cluster)
  hookExit()

  try {
    const init = spawnSync(
      run('initdb'),
      [
        '-D',
        data,
        '-U',
        'postgres',
        '--auth=trust',
        '--encoding=UTF8',
        '--locale=C.UTF-8',
        '--no-sync',
        '--no-instructions',
      ],
      { ...user, cwd: dir, encoding: 'utf8' },
    )
    if (init.status !== 0) throw new Error(`initdb failed:\n${init.stdout}${init.stderr}`)
    // Only this machine's loopback and the socket in the temporary folder, and no password.
    fs.writeFileSync(
      path.join(data, 'pg_hba.conf'),
      'local all all trust\nhost all all 127.0.0.1/32 trust\n',
    )

    // A port that was free a moment ago may be taken by the time the server binds it: try another.
    for (let attempt = 1; ; attempt++) {
      const port = await freePort()
      const out = fs.openSync(logFile, 'a')
      server = spawn(
        run('postgres'),
        ['-D', data, '-p', String(port), '-k', dir, '-c', 'listen_addresses=127.0.0.1'],
        {
          ...user,
          cwd: dir,
          stdio: ['ignore', out, out],
        },
      )
      server.on('error', (error) => fs.appendFileSync(logFile, `${error.message}\n`))
      fs.closeSync(out)
      const started = Date.now()
      let ready = false
      while (
        !ready &&
        server.exitCode === null &&
        server.signalCode === null &&
        Date.now() - started < READY_TIMEOUT_MS
      ) {
        await sleep(100)
        ready = acceptsConnections(data)
      }
      if (ready) {
        cluster.url = `postgres://postgres@127.0.0.1:${port}/postgres`
        log(`PostgreSQL ${version} on 127.0.0.1:${port} (${dir})`)
        return cluster
      }
      // The server has exited when it could not bind the port; else it is stopped below.
      const inUse = /could not bind|Address already in use/i.test(tail(logFile))
      if (!inUse || attempt === 3)
        throw new Error(`PostgreSQL did not start. Its log:\n${tail(logFile)}`)
    }
  } catch (error) {
    cluster.stopNow()
    throw error
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [command, ...args] = process.argv.slice(2)
  let cluster
  try {
    cluster = await startPostgres({ log: (line) => console.error(line) })
  } catch (error) {
    console.error(error instanceof Error ? error.message : error)
    process.exit(1)
  }
  if (!command) {
    console.log(cluster.url)
    console.error('Ctrl-C stops it and removes its data.')
  } else {
    // Payload's PostgreSQL adapter creates the database on first connection.
    const env = { ...process.env, DATABASE_URI: cluster.urlFor('resethub') }
    const child = spawn(command, args, { stdio: 'inherit', env })
    const status = await new Promise((resolve) => child.on('exit', (code) => resolve(code ?? 1)))
    await cluster.stop()
    process.exit(status)
  }
}
