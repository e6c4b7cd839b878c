import type { Payload } from 'payload'

/**
 * Applies the committed migrations of the SQL adapter in use, SQLite's or
 * PostgreSQL's (each reads its own folder, see MIGRATION_DIRS in adapter.ts).
 * MongoDB has no schema to migrate. Safe to call every time: applied
 * migrations are skipped.
 */
export const migrateDatabase = async (payload: Payload): Promise<void> => {
  if (payload.db.name !== 'sqlite' && payload.db.name !== 'postgres') return
  await payload.db.migrate()
}
