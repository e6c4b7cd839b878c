/**
 * Payload's generated files in src/app/(payload) stay as Payload writes them,
 * banner first, so that an upgrade may regenerate them without losing anything:
 * what the app adds to the API lives in src/proxy.ts, the admin's pieces in the
 * config. They import Payload, Next, React and the files Payload generates beside them only.
 */
import fs from 'node:fs'
import path from 'node:path'

import { expect, test } from '@jest/globals'

import { importsOf, ROOT, sourceFiles } from '../helpers/sourceFiles'

const BANNER =
  '/* THIS FILE WAS GENERATED AUTOMATICALLY BY PAYLOAD. */\n/* DO NOT MODIFY IT BECAUSE IT COULD BE REWRITTEN AT ANY TIME. */\n'
// The import map has a generator of its own (npm run generate:importmap, checked by scripts/checkGenerated.mjs).
const IMPORT_MAP = 'src/app/(payload)/admin/importMap.js'
const ALLOWED =
  /^(@payload-config|@payloadcms\/[\w-]+(\/[\w-]+)*|next|payload|react|\.\.?\/importMap\.js|\.\/admin\/importMap\.js|\.\/custom\.scss)$/

const generated = sourceFiles('src/app/(payload)').filter((file) => file !== IMPORT_MAP)

test('every generated file starts with Payload’s banner', () => {
  expect(generated.length).toBeGreaterThanOrEqual(6)
  const without = generated.filter(
    (file) => !fs.readFileSync(path.join(ROOT, file), 'utf8').startsWith(BANNER),
  )
  expect(without).toEqual([])
})

test('they import nothing of the app’s own', () => {
  const foreign = generated.flatMap((file) =>
    importsOf(fs.readFileSync(path.join(ROOT, file), 'utf8'))
      .filter((specifier) => !ALLOWED.test(specifier))
      .map((specifier) => `${file}: ${specifier}`),
  )
  expect(foreign).toEqual([])
  // The rule sees what it is meant to see.
  expect(ALLOWED.test('@/api/guard')).toBe(false)
  expect(ALLOWED.test('../../../proxy')).toBe(false)
})

test('the REST route hands each method to Payload’s own handler', () => {
  const route = fs.readFileSync(path.join(ROOT, 'src/app/(payload)/api/[...slug]/route.ts'), 'utf8')
  for (const method of ['GET', 'POST', 'DELETE', 'PATCH', 'PUT', 'OPTIONS'])
    expect(route).toContain(`export const ${method} = REST_${method}(config)`)
})
