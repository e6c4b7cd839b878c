import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`comments\` ADD \`fingerprint\` text;`)
  await db.run(sql`CREATE INDEX \`comments_ip_hash_idx\` ON \`comments\` (\`ip_hash\`);`)
  await db.run(sql`CREATE INDEX \`comments_fingerprint_idx\` ON \`comments\` (\`fingerprint\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`comments_ip_hash_idx\`;`)
  await db.run(sql`DROP INDEX \`comments_fingerprint_idx\`;`)
  await db.run(sql`ALTER TABLE \`comments\` DROP COLUMN \`fingerprint\`;`)
}
