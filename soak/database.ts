import Database from 'libsql'

export type Check = { missing: (number | string)[]; stored: number; integrity: string }

/**
 * Reads the SQLite file itself, not the API: which acknowledged case ids are
 * absent from `comments`, how many cases it holds, and PRAGMA integrity_check.
 */
export const checkDatabase = (file: string, acknowledged: (number | string)[]): Check => {
  const db = new Database(file)
  try {
    // libsql has better-sqlite3's raw() (rows as arrays) but not its pluck().
    const column = (sql: string) =>
      (db.prepare(sql).raw(true).all() as unknown[][]).map((row) => String(row[0]))
    const ids = new Set(column('SELECT id FROM comments'))
    const integrity = column('PRAGMA integrity_check').join('; ')
    return {
      missing: acknowledged.filter((id) => !ids.has(String(id))),
      stored: ids.size,
      integrity,
    }
  } finally {
    db.close()
  }
}
