import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { expect, test } from '@jest/globals'

import { ensureSecret } from '../../scripts/secret.mjs'
import { requireSecret } from '../../src/secret'

const tempDir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'resethub-secret-'))

test('the config refuses production without PAYLOAD_SECRET, saying how to set it', () => {
  expect(() => requireSecret({ NODE_ENV: 'production' })).toThrow(
    /PAYLOAD_SECRET is not set.*openssl rand/s,
  )
  expect(requireSecret({ NODE_ENV: 'production', PAYLOAD_SECRET: 'abc' })).toBe('abc')
  expect(requireSecret({ NODE_ENV: 'development' })).toBeTruthy()
})

test('`npm start` refuses to start without PAYLOAD_SECRET', () => {
  const dir = tempDir()
  const env = { ...process.env }
  delete env.PAYLOAD_SECRET
  const result = spawnSync(process.execPath, [path.resolve('scripts/prepare.mjs'), '--start'], {
    cwd: dir,
    env,
    encoding: 'utf8',
  })
  expect(result.status).toBe(1)
  expect(result.stderr).toMatch(/PAYLOAD_SECRET is not set/)
  expect(result.stderr).toMatch(/openssl rand -hex 32/)
  fs.rmSync(dir, { recursive: true, force: true })
})

test('development writes a secret into .env when missing, keeping what is there', () => {
  const dir = tempDir()
  fs.writeFileSync(path.join(dir, '.env'), 'PORT=4000')
  const env: Record<string, string | undefined> = {}
  expect(ensureSecret(dir, 'dev', env)).toBeNull()
  const written = fs.readFileSync(path.join(dir, '.env'), 'utf8')
  expect(written).toMatch(/^PORT=4000\nPAYLOAD_SECRET=[0-9a-f]{64}\n$/)
  expect(env.PAYLOAD_SECRET).toHaveLength(64)
  // An existing secret is kept.
  expect(ensureSecret(dir, 'dev', env)).toBeNull()
  expect(fs.readFileSync(path.join(dir, '.env'), 'utf8')).toBe(written)
  fs.rmSync(dir, { recursive: true, force: true })
})
