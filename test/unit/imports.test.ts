/**
 * Imports say where they go: inside `src/`, `@/…` names a module from the
 * source root, and no relative import climbs more than two folders anywhere in
 * the project's own code. Files Payload generates are left as generated.
 */
import fs from 'node:fs'
import path from 'node:path'

import { expect, test } from '@jest/globals'

const ROOT = path.resolve(import.meta.dirname, '../..')
const FOLDERS = ['src', 'test', 'bench', 'soak', 'scripts', 'server']
const GENERATED = new Set(['src/app/(payload)/admin/importMap.js', 'src/payload-types.ts'])
const CLIMB = /(?:from|import)\s*\(?\s*['"]((?:\.\.\/){3,}[^'"]*)['"]/g

const sources = (dir: string): string[] =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory())
      return entry.name === 'node_modules' || entry.name === 'results' ? [] : sources(full)
    return /\.(ts|tsx|mjs|js)$/.test(entry.name) ? [full] : []
  })

test('no import climbs more than two folders', () => {
  const climbing = FOLDERS.flatMap((folder) => sources(path.join(ROOT, folder)))
    .map((file) => path.relative(ROOT, file).split(path.sep).join('/'))
    .filter((file) => !GENERATED.has(file))
    .flatMap((file) =>
      [...fs.readFileSync(path.join(ROOT, file), 'utf8').matchAll(CLIMB)].map(
        (match) => `${file}: ${match[1]}`,
      ),
    )
  expect(climbing).toEqual([])
})

test('the rule sees what it is meant to see', () => {
  // Built, so that this file does not hold what it looks for.
  const up = (n: number) => '../'.repeat(n)
  expect([...`import { a } from '${up(3)}lib/a'`.matchAll(CLIMB)]).toHaveLength(1)
  expect([...`const m = await import('${up(5)}lib/a')`.matchAll(CLIMB)]).toHaveLength(1)
  expect([...`import { a } from '${up(2)}lib/a'`.matchAll(CLIMB)]).toHaveLength(0)
  expect([..."import { a } from '@/lib/a'".matchAll(CLIMB)]).toHaveLength(0)
})
