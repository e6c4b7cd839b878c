import fs from 'node:fs'
import path from 'node:path'

/** The project's root folder. */
export const ROOT = path.resolve(import.meta.dirname, '../..')

/** Every TypeScript and JavaScript file under `dir`, as paths relative to ROOT with forward slashes. */
export const sourceFiles = (dir: string): string[] =>
  fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = `${dir}/${entry.name}`
    if (entry.isDirectory())
      return entry.name === 'node_modules' || entry.name === 'results' ? [] : sourceFiles(relative)
    return /\.(ts|tsx|mjs|js)$/.test(entry.name) ? [relative] : []
  })

/** What a module names in its imports and re-exports, static and dynamic: `import … from 'x'`, `import('x')`, `export … from 'x'`. */
export const IMPORT = /(?:\bfrom|\bimport)\s*\(?\s*['"]([^'"]+)['"]/g

export const importsOf = (text: string): string[] =>
  [...text.matchAll(IMPORT)].map((match) => match[1])
