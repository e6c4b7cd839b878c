import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`brands_model_patterns\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`pattern\` text,
  	\`example\` text,
  	\`label\` text,
  	\`oem_id\` integer,
  	\`source_title\` text,
  	\`source_url\` text,
  	FOREIGN KEY (\`oem_id\`) REFERENCES \`brands\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`brands\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`brands_model_patterns_order_idx\` ON \`brands_model_patterns\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`brands_model_patterns_parent_id_idx\` ON \`brands_model_patterns\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`brands_model_patterns_oem_idx\` ON \`brands_model_patterns\` (\`oem_id\`);`)
  await db.run(sql`CREATE TABLE \`_brands_v_version_model_patterns\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`pattern\` text,
  	\`example\` text,
  	\`label\` text,
  	\`oem_id\` integer,
  	\`source_title\` text,
  	\`source_url\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`oem_id\`) REFERENCES \`brands\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_brands_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_brands_v_version_model_patterns_order_idx\` ON \`_brands_v_version_model_patterns\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_brands_v_version_model_patterns_parent_id_idx\` ON \`_brands_v_version_model_patterns\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_brands_v_version_model_patterns_oem_idx\` ON \`_brands_v_version_model_patterns\` (\`oem_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`brands_model_patterns\`;`)
  await db.run(sql`DROP TABLE \`_brands_v_version_model_patterns\`;`)
}
