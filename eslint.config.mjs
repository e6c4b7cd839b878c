/**
 * ESLint: Next's rules (React, its hooks, accessibility, Core Web Vitals) and
 * typescript-eslint's recommended ones, as Next's and Payload's templates set
 * them up; formatting is Prettier's alone (eslint-config-prettier turns off the
 * rules that would argue with it).
 */
import { defineConfig, globalIgnores } from 'eslint/config'
import nextVitals from 'eslint-config-next/core-web-vitals'
import nextTs from 'eslint-config-next/typescript'
import prettier from 'eslint-config-prettier/flat'

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  prettier,
  {
    rules: {
      // A name that starts with _ is there to be left out (a destructured field, an unused parameter).
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          caughtErrorsIgnorePattern: '^_',
          ignoreRestSiblings: true,
        },
      ],
      // Imports in one order everywhere: Node's, packages, the project's own by `@/`, then relative ones (parent folders, then neighbours).
      'import/order': [
        'error',
        {
          groups: ['builtin', 'external', 'internal', 'parent', ['sibling', 'index']],
          pathGroups: [
            { pattern: '@payload-config', group: 'internal' },
            { pattern: '@/**', group: 'internal' },
          ],
          'newlines-between': 'always',
          alphabetize: { order: 'asc', caseInsensitive: true },
        },
      ],
    },
  },
  {
    // Tests read JSON answers of any shape; the benchmark writes rows below Payload's API.
    files: ['test/**', 'bench/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  // Written by tools, kept as they write them.
  globalIgnores([
    '.next/**',
    'data/**',
    'next-env.d.ts',
    'src/payload-types.ts',
    // Payload's admin and API routes (their banner says so; test/unit/generatedRoutes.test.ts).
    'src/app/(payload)/**/*.{ts,tsx,js}',
    'src/migrations/**',
    'src/migrations-postgres/**',
    // npm run seed:history
    'src/seed/history/[0-9]*.ts',
    'bench/results/**',
    'test/artifacts/**',
  ]),
])
