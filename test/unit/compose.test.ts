import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { expect, test } from '@jest/globals'

const composeFile = path.resolve('docker-compose.yml')
const hasDockerCompose = spawnSync('docker-compose', ['version'], { encoding: 'utf8' }).status === 0

/** Runs docker-compose from an empty folder, so no local .env leaks in. */
const config = (env: Record<string, string>) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'resethub-compose-'))
  const base = { ...process.env }
  delete base.PAYLOAD_SECRET
  delete base.FRONT_CACHE_TOKEN
  const result = spawnSync(
    'docker-compose',
    ['-f', composeFile, '--project-directory', dir, 'config', '-q'],
    {
      encoding: 'utf8',
      env: { ...base, ...env },
    },
  )
  fs.rmSync(dir, { recursive: true, force: true })
  return result
}

test('the compose file runs the cluster topology: front cache, two replicas, PostgreSQL, Redis, MongoDB as a profile', () => {
  const text = fs.readFileSync(composeFile, 'utf8')
  expect(text).toMatch(/image: postgres:15/)
  expect(text).toMatch(/image: redis:7/)
  expect(text).toMatch(/^  app1: &app$/m)
  expect(text).toMatch(/^  app2: \*app$/m)
  expect(text).toMatch(/RESETHUB_UPSTREAMS: "server app1:3000; server app2:3000;"/)
  expect(text).toMatch(
    /deploy\/nginx\/resethub\.conf\.template:\/etc\/nginx\/templates\/default\.conf\.template/,
  )
  expect(text).toMatch(/DATABASE_URI: \$\{DATABASE_URI:-postgres:\/\//)
  expect(text).toMatch(/REDIS_URL: redis:\/\/redis:6379/)
  // The replicas tell the front cache of each publish, with the secret nginx expects.
  expect(text).toMatch(/FRONT_CACHE_URLS: http:\/\/front:80/)
  expect(text).toMatch(/FRONT_CACHE_TOKEN: &front-cache-token \$\{FRONT_CACHE_TOKEN:\?/)
  expect(text).toMatch(/RESETHUB_REFRESH_TOKEN: \*front-cache-token/)
  // The seed and the replicas (one anchor for both) share the uploads.
  expect(text.match(/- media:\/app\/data\/media/g)?.length).toBe(2)
  // MongoDB stays selectable, as a replica set (Payload's transactions need one).
  expect(text).toMatch(/image: mongo:7\n\s+profiles: \["mongodb"\]/)
  expect(text).toMatch(/--replSet/)
  expect(text).toMatch(/replicaSet=rs0/)
  expect(fs.readFileSync(path.resolve('Dockerfile'), 'utf8')).toMatch(/\.next\/standalone/)
})

if (hasDockerCompose) {
  test('`docker-compose config -q` accepts the file', () => {
    const result = config({ PAYLOAD_SECRET: 'x'.repeat(32), FRONT_CACHE_TOKEN: 'y'.repeat(32) })
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
  })

  test('without PAYLOAD_SECRET compose stops and says how to set it', () => {
    const result = config({ FRONT_CACHE_TOKEN: 'y'.repeat(32) })
    expect(result.status).not.toBe(0)
    expect(result.stderr).toMatch(/PAYLOAD_SECRET/)
  })

  test('without FRONT_CACHE_TOKEN compose stops and says how to set it', () => {
    const result = config({ PAYLOAD_SECRET: 'x'.repeat(32) })
    expect(result.status).not.toBe(0)
    expect(result.stderr).toMatch(/FRONT_CACHE_TOKEN/)
  })
} else {
  test('docker-compose is not installed: the compose file was NOT checked with `docker-compose config -q`', () => {
    console.log(
      'docker-compose is not available here (Debian package docker-compose): the compose file was not validated.',
    )
    expect(hasDockerCompose).toBe(false)
  })
}

test('the image runs a Node line that `engines` names, and so does the machine running the tests', () => {
  const dockerfile = fs.readFileSync(path.resolve('Dockerfile'), 'utf8')
  const engines = (
    JSON.parse(fs.readFileSync(path.resolve('package.json'), 'utf8')) as {
      engines: { node: string }
    }
  ).engines.node
  const lines = engines.split('||').map((range) => /\^(\d+)\./.exec(range.trim())?.[1])
  const images = [...dockerfile.matchAll(/^FROM node:(\d+)/gm)].map((match) => match[1])
  expect(images.length).toBeGreaterThan(0)
  for (const major of images) expect(lines).toContain(major)
  expect(lines).toContain(process.versions.node.split('.')[0])
})
