import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE INDEX \`brand_status_awaitingAnswer_createdAt_idx\` ON \`comments\` (\`brand_id\`,\`status\`,\`awaiting_answer\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`parent_status_idx\` ON \`comments\` (\`parent_id\`,\`status\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`brand_status_awaitingAnswer_createdAt_idx\`;`)
  await db.run(sql`DROP INDEX \`parent_status_idx\`;`)
}
