/**
 * Imports say where they go: inside `src/`, `@/…` names a module from the
 * source root, and no relative import climbs more than two folders anywhere in
 * the project's own code. Files Payload generates are left as generated.
 */
import fs from 'node:fs'
import path from 'node:path'

import { expect, test } from '@jest/globals'

import { importsOf, ROOT, sourceFiles } from '../helpers/sourceFiles'

const FOLDERS = ['src', 'test', 'bench', 'soak', 'scripts', 'server']
const GENERATED = new Set(['src/app/(payload)/admin/importMap.js', 'src/payload-types.ts'])
const climbs = (specifier: string) => /^(?:\.\.\/){3,}/.test(specifier)

test('no import climbs more than two folders', () => {
  const climbing = FOLDERS.flatMap(sourceFiles)
    .filter((file) => !GENERATED.has(file))
    .flatMap((file) =>
      importsOf(fs.readFileSync(path.join(ROOT, file), 'utf8'))
        .filter(climbs)
        .map((specifier) => `${file}: ${specifier}`),
    )
  expect(climbing).toEqual([])
})

test('the rule sees what it is meant to see', () => {
  // Built, so that this file does not hold what it looks for.
  const up = (n: number) => '../'.repeat(n)
  const found = (text: string) => importsOf(text).filter(climbs)
  expect(found(`import { a } from '${up(3)}lib/a'`)).toHaveLength(1)
  expect(found(`const m = await import('${up(5)}lib/a')`)).toHaveLength(1)
  expect(found(`export { a } from '${up(4)}lib/a'`)).toHaveLength(1)
  expect(found(`import { a } from '${up(2)}lib/a'`)).toHaveLength(0)
  expect(found("import { a } from '@/lib/a'")).toHaveLength(0)
})
