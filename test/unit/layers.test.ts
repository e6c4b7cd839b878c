/**
 * The layers the README's architecture section names (its "Layers" table) are
 * the tree's: every folder and file at the root of `src/` belongs to exactly
 * one layer, and a module imports only from its own layer or the ones below.
 * A collection's folder imports no other collection's (what several share
 * lives in `src/collections/shared/`).
 */
import fs from 'node:fs'
import path from 'node:path'

import { describe, expect, test } from '@jest/globals'

import { importsOf, ROOT, sourceFiles } from '../helpers/sourceFiles'

const GENERATED = new Set(['src/app/(payload)/admin/importMap.js', 'src/payload-types.ts'])

/** The README's table: layer names bottom-up, each with the entries of `src/` it holds. */
const readLayers = (): { name: string; entries: string[] }[] => {
  const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8')
  const section = readme.split(/^### Layers$/m)[1]?.split(/^#{2,3} /m)[0] ?? ''
  return section
    .split('\n')
    .filter((line) => /^\|\s*\d+\./.test(line))
    .map((line) => {
      const [, name, folders] = line.split('|').map((cell) => cell.trim())
      const entries = [...folders.matchAll(/`([^`]+)`/g)].map((m) => m[1].replace(/\/$/, ''))
      return { name: name.replace(/^\d+\.\s*/, ''), entries }
    })
}

const layers = readLayers()
const layerOf = new Map(layers.flatMap(({ entries }, i) => entries.map((e) => [e, i] as const)))

/** The entry of `src/` a path inside it starts with (`src/queries/guides.ts` → `queries`). */
const entryOf = (file: string) => file.split('/')[1]

/** Where an import in `file` leads inside `src/`, or null for packages and files outside it. */
const targetOf = (file: string, specifier: string): string | null => {
  if (specifier === '@payload-config') return 'src/payload.config.ts'
  if (specifier.startsWith('@/')) return `src/${specifier.slice(2)}`
  if (!specifier.startsWith('.')) return null
  const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), specifier))
  return target.startsWith('src/') ? target : null
}

const collectionOf = (file: string) => {
  const [, folder, name] = file.split('/')
  return folder === 'collections' && name !== 'shared' && !name.includes('.') ? name : null
}

/** What is wrong with `file` importing `specifier`, or null. */
const wrongImport = (file: string, specifier: string): string | null => {
  const target = targetOf(file, specifier)
  if (!target) return null
  const from = layerOf.get(entryOf(file))!
  const to = layerOf.get(entryOf(target))
  if (to !== undefined && to > from)
    return `${file} (${layers[from].name}) imports ${specifier} (${layers[to].name})`
  const own = collectionOf(file)
  const other = collectionOf(target)
  if (own && other && own !== other)
    return `${file} (collection ${own}) imports ${specifier}, inside collection ${other}`
  return null
}

describe('the README’s layers are the tree’s', () => {
  test('the README names the five layers, bottom-up', () => {
    expect(layers.map((l) => l.name)).toEqual([
      'lib',
      'collections',
      'queries and actions',
      'components',
      'app',
    ])
  })

  test('every entry at the root of src/ is in exactly one layer, and every entry named exists', () => {
    const named = layers.flatMap((l) => l.entries)
    const present = fs.readdirSync(path.join(ROOT, 'src')).sort()
    expect([...named].sort()).toEqual(present)
    expect(new Set(named).size).toBe(named.length)
  })

  test('no module imports from a layer above its own, and no collection from another', () => {
    const wrong = sourceFiles('src')
      .filter((file) => !GENERATED.has(file))
      .flatMap((file) =>
        importsOf(fs.readFileSync(path.join(ROOT, file), 'utf8'))
          .map((specifier) => wrongImport(file, specifier))
          .filter(Boolean),
      )
    expect(wrong).toEqual([])
  })

  test('the rule sees what it is meant to see', () => {
    expect(wrongImport('src/queries/guides.ts', '@/components/BrandGuide')).toMatch(
      /\(queries and actions\) imports .*\(components\)/,
    )
    expect(wrongImport('src/lib/site.ts', '../collections/Brands')).toMatch(/\(collections\)/)
    expect(wrongImport('src/lib/site.ts', '@payload-config')).toMatch(/\(collections\)/)
    expect(wrongImport('src/collections/Brands/index.ts', '../Methods/options')).toMatch(
      /inside collection Methods/,
    )
    expect(wrongImport('src/collections/Brands/index.ts', '@/collections/shared/slug')).toBeNull()
    expect(wrongImport('src/components/BrandGuide.tsx', '@/queries/guides')).toBeNull()
    expect(wrongImport('src/app/page.tsx', 'next/navigation')).toBeNull()
  })
})
