import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`brands_former_slugs\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`moved_at\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`brands\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`brands_former_slugs_order_idx\` ON \`brands_former_slugs\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`brands_former_slugs_parent_id_idx\` ON \`brands_former_slugs\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_brands_v_version_former_slugs\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`moved_at\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_brands_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_brands_v_version_former_slugs_order_idx\` ON \`_brands_v_version_former_slugs\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_brands_v_version_former_slugs_parent_id_idx\` ON \`_brands_v_version_former_slugs\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`methods_former_slugs\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`moved_at\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`methods\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`methods_former_slugs_order_idx\` ON \`methods_former_slugs\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`methods_former_slugs_parent_id_idx\` ON \`methods_former_slugs\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_methods_v_version_former_slugs\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`moved_at\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_methods_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_methods_v_version_former_slugs_order_idx\` ON \`_methods_v_version_former_slugs\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_methods_v_version_former_slugs_parent_id_idx\` ON \`_methods_v_version_former_slugs\` (\`_parent_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`brands_former_slugs\`;`)
  await db.run(sql`DROP TABLE \`_brands_v_version_former_slugs\`;`)
  await db.run(sql`DROP TABLE \`methods_former_slugs\`;`)
  await db.run(sql`DROP TABLE \`_methods_v_version_former_slugs\`;`)
}
