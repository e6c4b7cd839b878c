/**
 * Migrates the database and seeds it. Run by scripts/prepare.mjs through
 * scripts/run-ts.mjs:
 *   (no flag)    npm run seed: create what is missing and bring seeded items up to date
 *   --if-empty   at start: seed an empty database; in one with brands, only bring
 *                the seeded items editors have not changed up to date (and flag
 *                the others), creating nothing
 * A failed item is logged; it fails `npm run seed`, not the start.
 */
import { getPayload } from 'payload'

import config from '@payload-config'

import { migrateDatabase } from '../db/migrate'

import { describeReport, seed } from './run'

const payload = await getPayload({ config })
let failed = false
try {
  await migrateDatabase(payload)
  const ifEmpty = process.argv.includes('--if-empty')
  const { totalDocs } = await payload.count({ collection: 'brands', overrideAccess: true })
  const createMissing = !ifEmpty || totalDocs === 0
  const started = performance.now()
  const report = await seed(payload, { createMissing })
  const line = `${describeReport(report)} (${Math.round(performance.now() - started)} ms)`
  if (report.failed.length) payload.logger.error(line)
  else payload.logger.info(line)
  failed = report.failed.length > 0 && !ifEmpty
} finally {
  await payload.destroy()
}
if (failed) process.exit(1)
