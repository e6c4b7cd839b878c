import { sql } from '@payloadcms/db-sqlite'
import type { Payload } from 'payload'

export { sql }

type SQL = ReturnType<typeof sql>
type Row = Record<string, unknown>
type Drizzle = {
  all?: (query: SQL) => Promise<Row[]>
  execute?: (query: SQL) => Promise<{ rows: Row[] }>
  run?: (query: SQL) => Promise<unknown>
}

/**
 * Raw SQL for the few tests that look below Payload (a row as an older release
 * stored it, every row of every table), the same on SQLite and PostgreSQL:
 * drizzle's `sql` template binds the values, and each adapter's drizzle runs it.
 */
export const query = async (payload: Payload, statement: SQL): Promise<Row[]> => {
  const drizzle = payload.db.drizzle as unknown as Drizzle
  if (payload.db.name === 'postgres') return (await drizzle.execute!(statement)).rows
  return drizzle.all!(statement)
}

/** The tables Payload made (SQLite's own catalogue left out). */
export const tableNames = async (payload: Payload): Promise<string[]> => {
  const rows = await query(
    payload,
    payload.db.name === 'postgres'
      ? sql`select table_name as name from information_schema.tables where table_schema = current_schema() and table_type = 'BASE TABLE'`
      : sql`select name from sqlite_master where type = 'table' and name not like 'sqlite_%'`,
  )
  return rows.map((row) => String(row.name)).sort()
}

/**
 * Runs `work` with foreign keys enforced, as PostgreSQL always does; SQLite
 * leaves them unchecked unless asked, per connection.
 */
export const withForeignKeys = async <T>(payload: Payload, work: () => Promise<T>): Promise<T> => {
  if (payload.db.name === 'postgres') return work()
  const drizzle = payload.db.drizzle as unknown as Drizzle
  await drizzle.run!(sql.raw('PRAGMA foreign_keys = ON'))
  try {
    return await work()
  } finally {
    await drizzle.run!(sql.raw('PRAGMA foreign_keys = OFF'))
  }
}
