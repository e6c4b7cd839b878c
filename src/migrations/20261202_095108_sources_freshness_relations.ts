import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`brands_relations\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`kind\` text,
  	\`brand_id\` integer,
  	\`models\` text,
  	\`source_title\` text,
  	\`source_url\` text,
  	\`source_page\` text,
  	FOREIGN KEY (\`brand_id\`) REFERENCES \`brands\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`brands\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`brands_relations_order_idx\` ON \`brands_relations\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`brands_relations_parent_id_idx\` ON \`brands_relations\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`brands_relations_brand_idx\` ON \`brands_relations\` (\`brand_id\`);`)
  await db.run(sql`CREATE TABLE \`_brands_v_version_relations\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`kind\` text,
  	\`brand_id\` integer,
  	\`models\` text,
  	\`source_title\` text,
  	\`source_url\` text,
  	\`source_page\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`brand_id\`) REFERENCES \`brands\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_brands_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_brands_v_version_relations_order_idx\` ON \`_brands_v_version_relations\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_brands_v_version_relations_parent_id_idx\` ON \`_brands_v_version_relations\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_brands_v_version_relations_brand_idx\` ON \`_brands_v_version_relations\` (\`brand_id\`);`)
  await db.run(sql`ALTER TABLE \`brands\` ADD \`no_methods_advice\` text;`)
  await db.run(sql`ALTER TABLE \`_brands_v\` ADD \`version_no_methods_advice\` text;`)
  await db.run(sql`ALTER TABLE \`methods_sources\` ADD \`page\` text;`)
  await db.run(sql`ALTER TABLE \`methods_sources\` ADD \`publisher\` text DEFAULT 'vendor';`)
  await db.run(sql`ALTER TABLE \`methods\` ADD \`last_checked\` text;`)
  await db.run(sql`ALTER TABLE \`_methods_v_version_sources\` ADD \`page\` text;`)
  await db.run(sql`ALTER TABLE \`_methods_v_version_sources\` ADD \`publisher\` text DEFAULT 'vendor';`)
  await db.run(sql`ALTER TABLE \`_methods_v\` ADD \`version_last_checked\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`brands_relations\`;`)
  await db.run(sql`DROP TABLE \`_brands_v_version_relations\`;`)
  await db.run(sql`ALTER TABLE \`brands\` DROP COLUMN \`no_methods_advice\`;`)
  await db.run(sql`ALTER TABLE \`_brands_v\` DROP COLUMN \`version_no_methods_advice\`;`)
  await db.run(sql`ALTER TABLE \`methods_sources\` DROP COLUMN \`page\`;`)
  await db.run(sql`ALTER TABLE \`methods_sources\` DROP COLUMN \`publisher\`;`)
  await db.run(sql`ALTER TABLE \`methods\` DROP COLUMN \`last_checked\`;`)
  await db.run(sql`ALTER TABLE \`_methods_v_version_sources\` DROP COLUMN \`page\`;`)
  await db.run(sql`ALTER TABLE \`_methods_v_version_sources\` DROP COLUMN \`publisher\`;`)
  await db.run(sql`ALTER TABLE \`_methods_v\` DROP COLUMN \`version_last_checked\`;`)
}
