#!/usr/bin/env node
/**
 * Payload's generated files are what Payload generates from the config now:
 * src/payload-types.ts (`npm run generate:types`) and the admin's import map
 * (`npm run generate:importmap`). Regenerates both and fails, naming the file
 * and the command, when either changed; the regenerated file is left in place
 * to be looked at and committed. Needs no database.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const root = process.cwd()
const GENERATED = [
  { file: 'src/payload-types.ts', script: 'generate:types' },
  { file: 'src/app/(payload)/admin/importMap.js', script: 'generate:importmap' },
]

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'resethub-generated-'))
// The config is loaded, not connected: a secret and an address it never opens.
const env = {
  ...process.env,
  PAYLOAD_SECRET: process.env.PAYLOAD_SECRET || 'only-to-load-the-config',
  DATABASE_URI: `file:${path.join(dir, 'unused.db')}`,
}
let stale = 0
try {
  for (const { file, script } of GENERATED) {
    const before = fs.readFileSync(path.join(root, file), 'utf8')
    const run = spawnSync('npm', ['run', '-s', script], { cwd: root, env, encoding: 'utf8' })
    if (run.status !== 0) {
      console.error(`npm run ${script} failed:\n${run.stdout}${run.stderr}`)
      process.exit(run.status ?? 1)
    }
    if (fs.readFileSync(path.join(root, file), 'utf8') !== before) {
      console.error(
        `${file} is not what Payload generates from the config: run \`npm run ${script}\` and commit the result.`,
      )
      stale++
    }
  }
} finally {
  fs.rmSync(dir, { recursive: true, force: true })
}
if (stale) process.exit(1)
console.log(`Generated files match the config: ${GENERATED.map(({ file }) => file).join(', ')}`)
