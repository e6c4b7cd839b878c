import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`comments\` ADD \`email_confirmed\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`comments\` ADD \`link_nonces\` text;`)
  await db.run(sql`ALTER TABLE \`comments\` DROP COLUMN \`answer_nonce\`;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`comments\` ADD \`answer_nonce\` text;`)
  await db.run(sql`ALTER TABLE \`comments\` DROP COLUMN \`email_confirmed\`;`)
  await db.run(sql`ALTER TABLE \`comments\` DROP COLUMN \`link_nonces\`;`)
}
