/**
 * Loaded with `node --import` before any command-line script that loads the
 * Payload config outside Next.js (seed, migrations, type generation).
 *
 * Lexical's Node entry points use top-level await, and on Node 20 importing
 * such modules from many places at once can deadlock the ESM loader: the
 * config import then never settles and the process exits with code 13 (or,
 * under `payload run`, silently with 0) having done nothing. Importing the
 * Lexical packages one by one, dependencies first, before anything else
 * avoids that. Next.js bundles these modules, so the server is not affected.
 */
const LEXICAL_IN_DEPENDENCY_ORDER = [
  'lexical',
  '@lexical/selection',
  '@lexical/utils',
  '@lexical/extension',
  '@lexical/html',
  '@lexical/list',
  '@lexical/a11y',
  '@lexical/dragon',
  '@lexical/clipboard',
  '@lexical/rich-text',
  '@lexical/headless',
  '@lexical/link',
  '@lexical/text',
  '@lexical/code-core',
  '@lexical/markdown',
  '@lexical/table',
  '@lexical/history',
  '@lexical/plain-text',
  '@lexical/mark',
  '@lexical/hashtag',
  '@lexical/overflow',
]

for (const name of LEXICAL_IN_DEPENDENCY_ORDER) {
  try {
    await import(name)
  } catch (error) {
    // A package a newer Payload no longer installs is simply not preloaded.
    if (error?.code !== 'ERR_MODULE_NOT_FOUND') throw error
  }
}
