/**
 * Every public address is built by src/routes.ts. The second half guards the
 * rule itself: a page, hook or component that writes an address by hand, or a
 * component that reaches into app/ for a server action, fails here.
 */
import fs from 'node:fs'
import path from 'node:path'

import { describe, expect, test } from '@jest/globals'

import * as routes from '../../src/routes'

describe('addresses', () => {
  test('brand, method and step addresses', () => {
    expect(routes.brandPath('hikvision')).toBe('/brands/hikvision')
    expect(routes.methodPath('hikvision', 'sadp-guid')).toBe('/brands/hikvision/sadp-guid')
    expect(routes.methodHref('menu', null)).toBe('/guide#menu')
    expect(routes.stepHref('sadp-guid', 2, 'hikvision')).toBe('/brands/hikvision/sadp-guid#step-2')
    expect(routes.stepHref('menu', 3, null)).toBe('/guide#menu-step-3')
    expect(routes.stepAnchor('menu', 3, false)).toBe('menu-step-3')
  })

  test('what a reader typed is escaped; nothing empty is left in an address', () => {
    expect(routes.searchPath('DS-7608 & <x>')).toBe('/search?q=DS-7608%20%26%20%3Cx%3E')
    expect(routes.searchPath('')).toBe('/search')
    expect(routes.caseReceivedPath({ back: '/brands/dahua', confirmed: undefined })).toBe(
      '/cases/received?back=%2Fbrands%2Fdahua',
    )
    expect(routes.caseReceivedPath({})).toBe('/cases/received')
    expect(routes.previewPath('/brands/a?b=1')).toBe('/preview?path=%2Fbrands%2Fa%3Fb%3D1')
  })
})

const SRC = path.resolve(import.meta.dirname, '../../src')
const sourceFiles = (dir: string): string[] =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return sourceFiles(full)
    return /\.(ts|tsx)$/.test(entry.name) ? [full] : []
  })

// Seed content and generated files may name addresses in prose; the admin's own API calls are not public pages.
const EXEMPT = [
  /[/\\]routes\.ts$/,
  /[/\\]seed[/\\]content[/\\]/,
  /payload-types\.ts$/,
  /[/\\]app[/\\]\(payload\)[/\\]/,
]

describe('one place for addresses', () => {
  const files = sourceFiles(SRC).filter((file) => !EXEMPT.some((re) => re.test(file)))

  test('no file outside src/routes.ts writes a public address by hand', () => {
    // A quote or backtick, then a public path: '/guide', `/brands/${…}`, "/cases?…", '/search?…'.
    const handBuilt = /['"`]\/(brands\/|guide\b|cases[/?]|search\?|feedback\/|preview[/?])/
    const offenders = files.flatMap((file) =>
      fs
        .readFileSync(file, 'utf8')
        .split('\n')
        .map((line, i) => ({ line, at: `${path.relative(SRC, file)}:${i + 1}` }))
        .filter(
          ({ line }) =>
            handBuilt.test(line) && !/^\s*(\*|\/\/)/.test(line) && !/\/api\//.test(line),
        )
        .map(({ at, line }) => `${at}: ${line.trim()}`),
    )
    expect(offenders).toEqual([])
  })

  test('components post to server actions that live beside them, not in app/', () => {
    const offenders = sourceFiles(path.join(SRC, 'components')).filter((file) =>
      /from ['"][./]+app\//.test(fs.readFileSync(file, 'utf8')),
    )
    expect(offenders.map((f) => path.relative(SRC, f))).toEqual([])
  })
})
