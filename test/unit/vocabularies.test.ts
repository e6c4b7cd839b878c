/**
 * Each vocabulary lives once, in its collection's options.ts: a file of ours
 * that names all of one vocabulary's values (a list, a union type, an object
 * keyed by them) must import from that options.ts (a table typed by it, as
 * `Record<MethodKind, number>`, which the compiler keeps complete), or it is a
 * second copy. Payload's generated types and migrations repeat them as it
 * writes them, and are left out.
 */
import fs from 'node:fs'
import path from 'node:path'

import { expect, test } from '@jest/globals'

import { importsOf, ROOT, sourceFiles } from '../helpers/sourceFiles'

const OPTIONS = sourceFiles('src/collections').filter((file) => file.endsWith('/options.ts'))
const GENERATED = /^src\/(payload-types\.ts|migrations(-postgres)?\/)/

/** Whether `file`'s `text` imports the options.ts at `home`. */
const importsFrom = (file: string, text: string, home: string) =>
  importsOf(text).some((specifier) => {
    const target = specifier.startsWith('@/')
      ? `src/${specifier.slice(2)}`
      : path.posix.join(path.posix.dirname(file), specifier)
    return `${target}.ts` === home
  })

/** Every exported list of strings, or object keyed by them, with three values or more. */
const vocabulariesOf = async (file: string) =>
  Object.entries(await import(path.join(ROOT, file)))
    .map(([name, value]) => ({
      file,
      name: `${file}: ${name}`,
      values: Array.isArray(value)
        ? value.filter((v): v is string => typeof v === 'string')
        : value && typeof value === 'object'
          ? Object.keys(value)
          : [],
    }))
    .filter(({ values }) => values.length >= 3)

/** Whether `text` holds every one of `values` as a quoted string or an object key. */
const holdsAll = (text: string, values: string[]) =>
  values.every((value) =>
    new RegExp(`['"\`]${value.replace(/[-]/g, '\\-')}['"\`]|\\b${value}\\s*:`).test(text),
  )

test('no file outside its options.ts holds a whole vocabulary again', async () => {
  const vocabularies = (await Promise.all(OPTIONS.map(vocabulariesOf))).flat()
  expect(vocabularies.length).toBeGreaterThanOrEqual(6)
  const others = sourceFiles('src').filter(
    (file) => !OPTIONS.includes(file) && !GENERATED.test(file),
  )
  const copies = vocabularies.flatMap(({ file: home, name, values }) =>
    others
      .filter((file) => {
        const text = fs.readFileSync(path.join(ROOT, file), 'utf8')
        return holdsAll(text, values) && !importsFrom(file, text, home)
      })
      .map((file) => `${name} again in ${file}`),
  )
  expect(copies).toEqual([])
})

test('the rule sees what it is meant to see', () => {
  const states = ['open', 'answered', 'resolved']
  expect(holdsAll("type CaseState = 'open' | 'answered' | 'resolved'", states)).toBe(true)
  expect(holdsAll('const labels = { open: 1, answered: 2, resolved: 3 }', states)).toBe(true)
  expect(holdsAll("where: { caseState: { equals: 'answered' } }", states)).toBe(false)
  const home = 'src/collections/Comments/options.ts'
  expect(importsFrom('src/collections/Comments/hooks/a.ts', "from '../options'", home)).toBe(true)
  expect(importsFrom('src/queries/a.ts', "from '@/collections/Comments/options'", home)).toBe(true)
  expect(importsFrom('src/collections/Methods/hooks/a.ts', "from '../options'", home)).toBe(false)
})
