import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`comments\` ADD \`resolved_at\` text;`)
  await db.run(sql`CREATE INDEX \`comments_resolved_at_idx\` ON \`comments\` (\`resolved_at\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`comments_resolved_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`comments\` DROP COLUMN \`resolved_at\`;`)
}
