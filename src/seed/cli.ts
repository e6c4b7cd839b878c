/**
 * Migrates the database and seeds it. Run by scripts/prepare.mjs through
 * scripts/run-ts.mjs. With --if-empty it seeds only a database without brands.
 */
import config from '@payload-config'
import { getPayload } from 'payload'

import { migrateDatabase } from '../db/migrate'
import { seed } from './run'

const payload = await getPayload({ config })
try {
  await migrateDatabase(payload)
  const ifEmpty = process.argv.includes('--if-empty')
  const { totalDocs } = await payload.count({ collection: 'brands', overrideAccess: true })
  if (ifEmpty && totalDocs > 0) {
    payload.logger.info(`Database has ${totalDocs} brands; not seeding.`)
  } else {
    const report = await seed(payload)
    payload.logger.info(`Seed done: ${JSON.stringify(report)}`)
  }
} finally {
  await payload.destroy()
}
