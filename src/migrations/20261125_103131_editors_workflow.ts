import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`payload_jobs_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`executed_at\` text NOT NULL,
  	\`completed_at\` text NOT NULL,
  	\`task_slug\` text NOT NULL,
  	\`task_i_d\` text NOT NULL,
  	\`input\` text,
  	\`output\` text,
  	\`state\` text NOT NULL,
  	\`error\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`payload_jobs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_order_idx\` ON \`payload_jobs_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_parent_id_idx\` ON \`payload_jobs_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`input\` text,
  	\`completed_at\` text,
  	\`total_tried\` numeric DEFAULT 0,
  	\`has_error\` integer DEFAULT false,
  	\`error\` text,
  	\`task_slug\` text,
  	\`queue\` text DEFAULT 'default',
  	\`wait_until\` text,
  	\`processing\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_completed_at_idx\` ON \`payload_jobs\` (\`completed_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_total_tried_idx\` ON \`payload_jobs\` (\`total_tried\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_has_error_idx\` ON \`payload_jobs\` (\`has_error\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_task_slug_idx\` ON \`payload_jobs\` (\`task_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_queue_idx\` ON \`payload_jobs\` (\`queue\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_wait_until_idx\` ON \`payload_jobs\` (\`wait_until\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_processing_idx\` ON \`payload_jobs\` (\`processing\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_updated_at_idx\` ON \`payload_jobs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_created_at_idx\` ON \`payload_jobs\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`_brands_v\` ADD \`autosave\` integer;`)
  await db.run(sql`CREATE INDEX \`_brands_v_autosave_idx\` ON \`_brands_v\` (\`autosave\`);`)
  await db.run(sql`ALTER TABLE \`methods\` ADD \`based_on_id\` integer REFERENCES methods(id);`)
  await db.run(sql`CREATE INDEX \`methods_based_on_idx\` ON \`methods\` (\`based_on_id\`);`)
  await db.run(sql`ALTER TABLE \`_methods_v\` ADD \`version_based_on_id\` integer REFERENCES methods(id);`)
  await db.run(sql`ALTER TABLE \`_methods_v\` ADD \`autosave\` integer;`)
  await db.run(sql`CREATE INDEX \`_methods_v_version_version_based_on_idx\` ON \`_methods_v\` (\`version_based_on_id\`);`)
  await db.run(sql`CREATE INDEX \`_methods_v_autosave_idx\` ON \`_methods_v\` (\`autosave\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`payload_jobs_log\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_methods\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`slug\` text,
  	\`brand_id\` integer,
  	\`kind\` text,
  	\`order\` numeric DEFAULT 10,
  	\`summary\` text,
  	\`data_loss\` text DEFAULT 'none',
  	\`estimated_time\` text,
  	\`validity\` text,
  	\`lockout\` text,
  	\`applies_to_models\` text,
  	\`applies_to_firmware\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`brand_id\`) REFERENCES \`brands\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_methods\`("id", "title", "slug", "brand_id", "kind", "order", "summary", "data_loss", "estimated_time", "validity", "lockout", "applies_to_models", "applies_to_firmware", "updated_at", "created_at", "_status") SELECT "id", "title", "slug", "brand_id", "kind", "order", "summary", "data_loss", "estimated_time", "validity", "lockout", "applies_to_models", "applies_to_firmware", "updated_at", "created_at", "_status" FROM \`methods\`;`)
  await db.run(sql`DROP TABLE \`methods\`;`)
  await db.run(sql`ALTER TABLE \`__new_methods\` RENAME TO \`methods\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`methods_slug_idx\` ON \`methods\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`methods_brand_idx\` ON \`methods\` (\`brand_id\`);`)
  await db.run(sql`CREATE INDEX \`methods_updated_at_idx\` ON \`methods\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`methods_created_at_idx\` ON \`methods\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`methods__status_idx\` ON \`methods\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__methods_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_slug\` text,
  	\`version_brand_id\` integer,
  	\`version_kind\` text,
  	\`version_order\` numeric DEFAULT 10,
  	\`version_summary\` text,
  	\`version_data_loss\` text DEFAULT 'none',
  	\`version_estimated_time\` text,
  	\`version_validity\` text,
  	\`version_lockout\` text,
  	\`version_applies_to_models\` text,
  	\`version_applies_to_firmware\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`methods\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_brand_id\`) REFERENCES \`brands\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__methods_v\`("id", "parent_id", "version_title", "version_slug", "version_brand_id", "version_kind", "version_order", "version_summary", "version_data_loss", "version_estimated_time", "version_validity", "version_lockout", "version_applies_to_models", "version_applies_to_firmware", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_title", "version_slug", "version_brand_id", "version_kind", "version_order", "version_summary", "version_data_loss", "version_estimated_time", "version_validity", "version_lockout", "version_applies_to_models", "version_applies_to_firmware", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_methods_v\`;`)
  await db.run(sql`DROP TABLE \`_methods_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__methods_v\` RENAME TO \`_methods_v\`;`)
  await db.run(sql`CREATE INDEX \`_methods_v_parent_idx\` ON \`_methods_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_methods_v_version_version_slug_idx\` ON \`_methods_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_methods_v_version_version_brand_idx\` ON \`_methods_v\` (\`version_brand_id\`);`)
  await db.run(sql`CREATE INDEX \`_methods_v_version_version_updated_at_idx\` ON \`_methods_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_methods_v_version_version_created_at_idx\` ON \`_methods_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_methods_v_version_version__status_idx\` ON \`_methods_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_methods_v_created_at_idx\` ON \`_methods_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_methods_v_updated_at_idx\` ON \`_methods_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_methods_v_latest_idx\` ON \`_methods_v\` (\`latest\`);`)
  await db.run(sql`DROP INDEX \`_brands_v_autosave_idx\`;`)
  await db.run(sql`ALTER TABLE \`_brands_v\` DROP COLUMN \`autosave\`;`)
}
