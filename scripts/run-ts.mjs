/**
 * Runs a TypeScript script of this project that loads the Payload config,
 * with the Lexical preload (see preload-lexical.mjs) and tsx.
 * Usage: node scripts/run-ts.mjs <file.ts> [args…]
 */
import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const here = path.dirname(fileURLToPath(import.meta.url))

export const runTs = (file, args = [], options = {}) =>
  spawnSync(
    process.execPath,
    ['--import', path.join(here, 'preload-lexical.mjs'), '--import', 'tsx', file, ...args],
    {
      stdio: 'inherit',
      ...options,
    },
  )

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [file, ...args] = process.argv.slice(2)
  const result = runTs(file, args)
  process.exit(result.status ?? 1)
}
