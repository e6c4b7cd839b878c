import type { Payload } from 'payload'

/**
 * Applies committed migrations (SQLite). MongoDB has no schema to migrate.
 * Safe to call every time: applied migrations are skipped.
 */
export const migrateDatabase = async (payload: Payload): Promise<void> => {
  if (payload.db.name !== 'sqlite') return
  await payload.db.migrate()
}
