import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`comments\` ADD \`awaiting_answer\` integer;`)
  await db.run(sql`CREATE INDEX \`comments_awaiting_answer_idx\` ON \`comments\` (\`awaiting_answer\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`comments_awaiting_answer_idx\`;`)
  await db.run(sql`ALTER TABLE \`comments\` DROP COLUMN \`awaiting_answer\`;`)
}
