import pg from 'pg'

/**
 * The test file's own PostgreSQL database, when the run targets PostgreSQL
 * (env.ts names it in DATABASE_URI; TEST_POSTGRES_URL is the server's admin
 * address). Created before Payload connects and dropped when the file is done.
 */
export const onPostgres = () => Boolean(process.env.TEST_POSTGRES_URL)

const asAdmin = async (sql: string) => {
  const client = new pg.Client({
    connectionString: process.env.TEST_POSTGRES_URL,
  })
  await client.connect()
  try {
    await client.query(sql)
  } finally {
    await client.end()
  }
}

const testDatabase = () => new URL(process.env.DATABASE_URI!).pathname.slice(1)

export const createTestDatabase = () => asAdmin(`create database "${testDatabase()}"`)

// FORCE ends any session still open on it (a pool a test left behind).
export const dropTestDatabase = () =>
  asAdmin(`drop database if exists "${testDatabase()}" with (force)`)
