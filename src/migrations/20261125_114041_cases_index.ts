import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE INDEX \`brand_status_awaitingAnswer_createdAt_idx\` ON \`comments\` (\`brand_id\`,\`status\`,\`awaiting_answer\`,\`created_at\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`brand_status_awaitingAnswer_createdAt_idx\`;`)
}
