import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_brands_relations_kind" AS ENUM('sold-as', 'runs-firmware-of');
  CREATE TYPE "public"."enum_brands_tools_platforms" AS ENUM('windows', 'macos', 'linux', 'web', 'ios', 'android');
  CREATE TYPE "public"."enum_brands_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__brands_v_version_relations_kind" AS ENUM('sold-as', 'runs-firmware-of');
  CREATE TYPE "public"."enum__brands_v_version_tools_platforms" AS ENUM('windows', 'macos', 'linux', 'web', 'ios', 'android');
  CREATE TYPE "public"."enum__brands_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_methods_requirements" AS ENUM('old-password', 'physical-access', 'monitor-and-mouse', 'same-network', 'serial-number', 'reserved-email-set', 'security-questions-set', 'app-binding', 'key-file-exported', 'vendor-tool', 'open-case');
  CREATE TYPE "public"."enum_methods_sources_publisher" AS ENUM('vendor', 'third-party');
  CREATE TYPE "public"."enum_methods_kind" AS ENUM('menu', 'security-questions', 'reserved-email', 'app-qr', 'key-file', 'support-code', 'reset-button', 'mac-code', 'temporary-password', 'restore-software', 'other');
  CREATE TYPE "public"."enum_methods_data_loss" AS ENUM('none', 'settings', 'settings-and-recordings');
  CREATE TYPE "public"."enum_methods_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__methods_v_version_requirements" AS ENUM('old-password', 'physical-access', 'monitor-and-mouse', 'same-network', 'serial-number', 'reserved-email-set', 'security-questions-set', 'app-binding', 'key-file-exported', 'vendor-tool', 'open-case');
  CREATE TYPE "public"."enum__methods_v_version_sources_publisher" AS ENUM('vendor', 'third-party');
  CREATE TYPE "public"."enum__methods_v_version_kind" AS ENUM('menu', 'security-questions', 'reserved-email', 'app-qr', 'key-file', 'support-code', 'reset-button', 'mac-code', 'temporary-password', 'restore-software', 'other');
  CREATE TYPE "public"."enum__methods_v_version_data_loss" AS ENUM('none', 'settings', 'settings-and-recordings');
  CREATE TYPE "public"."enum__methods_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_steps_callouts_kind" AS ENUM('tip', 'warning', 'note');
  CREATE TYPE "public"."enum_comments_status" AS ENUM('pending', 'published', 'rejected', 'spam');
  CREATE TYPE "public"."enum_comments_case_state" AS ENUM('open', 'answered', 'resolved');
  CREATE TYPE "public"."enum_feedback_helpful" AS ENUM('yes', 'no');
  CREATE TYPE "public"."enum_feedback_reason" AS ENUM('step-mismatch', 'missing-requirement', 'other');
  CREATE TYPE "public"."enum_users_roles" AS ENUM('admin', 'editor', 'support');
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'sendEmail', 'eraseOldEmails', 'schedulePublish');
  CREATE TYPE "public"."enum_payload_jobs_log_state" AS ENUM('failed', 'succeeded');
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'sendEmail', 'eraseOldEmails', 'schedulePublish');
  CREATE TABLE "brands_former_slugs" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"moved_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "brands_aliases" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar
  );
  
  CREATE TABLE "brands_model_patterns" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"pattern" varchar,
  	"example" varchar,
  	"label" varchar,
  	"oem_id" integer,
  	"source_title" varchar,
  	"source_url" varchar
  );
  
  CREATE TABLE "brands_relations" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"kind" "enum_brands_relations_kind",
  	"brand_id" integer,
  	"models" varchar,
  	"source_title" varchar,
  	"source_url" varchar,
  	"source_page" varchar
  );
  
  CREATE TABLE "brands_tools_platforms" (
  	"order" integer NOT NULL,
  	"parent_id" varchar NOT NULL,
  	"value" "enum_brands_tools_platforms",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "brands_tools" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"purpose" varchar,
  	"url" varchar
  );
  
  CREATE TABLE "brands" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"slug" varchar,
  	"logo_id" integer,
  	"accent_color" varchar,
  	"summary" varchar,
  	"no_methods_advice" varchar,
  	"support_website" varchar,
  	"support_email" varchar,
  	"support_phone" varchar,
  	"support_hours" varchar,
  	"support_policy" varchar,
  	"support_response_time" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_brands_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_brands_v_version_former_slugs" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"moved_at" timestamp(3) with time zone,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_brands_v_version_aliases" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_brands_v_version_model_patterns" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"pattern" varchar,
  	"example" varchar,
  	"label" varchar,
  	"oem_id" integer,
  	"source_title" varchar,
  	"source_url" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_brands_v_version_relations" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"kind" "enum__brands_v_version_relations_kind",
  	"brand_id" integer,
  	"models" varchar,
  	"source_title" varchar,
  	"source_url" varchar,
  	"source_page" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_brands_v_version_tools_platforms" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__brands_v_version_tools_platforms",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_brands_v_version_tools" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"purpose" varchar,
  	"url" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_brands_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_name" varchar,
  	"version_slug" varchar,
  	"version_logo_id" integer,
  	"version_accent_color" varchar,
  	"version_summary" varchar,
  	"version_no_methods_advice" varchar,
  	"version_support_website" varchar,
  	"version_support_email" varchar,
  	"version_support_phone" varchar,
  	"version_support_hours" varchar,
  	"version_support_policy" varchar,
  	"version_support_response_time" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__brands_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "methods_former_slugs" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"moved_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "methods_requirements" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_methods_requirements",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "methods_sources" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"url" varchar,
  	"page" varchar,
  	"publisher" "enum_methods_sources_publisher" DEFAULT 'vendor'
  );
  
  CREATE TABLE "methods" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"slug" varchar,
  	"brand_id" integer,
  	"based_on_id" integer,
  	"kind" "enum_methods_kind",
  	"last_checked" timestamp(3) with time zone,
  	"order" numeric DEFAULT 10,
  	"summary" varchar,
  	"data_loss" "enum_methods_data_loss" DEFAULT 'none',
  	"estimated_time" varchar,
  	"validity" varchar,
  	"lockout" varchar,
  	"applies_to_models" varchar,
  	"applies_to_firmware" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_methods_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_methods_v_version_former_slugs" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"moved_at" timestamp(3) with time zone,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_methods_v_version_requirements" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__methods_v_version_requirements",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_methods_v_version_sources" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"url" varchar,
  	"page" varchar,
  	"publisher" "enum__methods_v_version_sources_publisher" DEFAULT 'vendor',
  	"_uuid" varchar
  );
  
  CREATE TABLE "_methods_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_slug" varchar,
  	"version_brand_id" integer,
  	"version_based_on_id" integer,
  	"version_kind" "enum__methods_v_version_kind",
  	"version_last_checked" timestamp(3) with time zone,
  	"version_order" numeric DEFAULT 10,
  	"version_summary" varchar,
  	"version_data_loss" "enum__methods_v_version_data_loss" DEFAULT 'none',
  	"version_estimated_time" varchar,
  	"version_validity" varchar,
  	"version_lockout" varchar,
  	"version_applies_to_models" varchar,
  	"version_applies_to_firmware" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__methods_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "steps_callouts" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"kind" "enum_steps_callouts_kind" DEFAULT 'note' NOT NULL,
  	"text" varchar NOT NULL
  );
  
  CREATE TABLE "steps" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"method_id" integer NOT NULL,
  	"order" numeric NOT NULL,
  	"title" varchar NOT NULL,
  	"body" jsonb,
  	"plain_text" varchar,
  	"image_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "comments" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"brand_id" integer,
  	"method_id" integer,
  	"step_id" integer,
  	"author_name" varchar NOT NULL,
  	"author_email" varchar,
  	"notify_on_reply" boolean DEFAULT false,
  	"device_model" varchar,
  	"firmware" varchar,
  	"body" varchar NOT NULL,
  	"parent_id" integer,
  	"status" "enum_comments_status",
  	"case_state" "enum_comments_case_state" DEFAULT 'open',
  	"staff" boolean DEFAULT false,
  	"ip_hash" varchar,
  	"awaiting_answer" boolean,
  	"resolved_at" timestamp(3) with time zone,
  	"email_confirmed" boolean DEFAULT false,
  	"link_nonces" jsonb,
  	"fingerprint" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "feedback" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"method_id" integer NOT NULL,
  	"step_id" integer,
  	"helpful" "enum_feedback_helpful" NOT NULL,
  	"reason" "enum_feedback_reason",
  	"comment" varchar,
  	"ip_hash" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "media" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"alt" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric,
  	"sizes_thumbnail_url" varchar,
  	"sizes_thumbnail_width" numeric,
  	"sizes_thumbnail_height" numeric,
  	"sizes_thumbnail_mime_type" varchar,
  	"sizes_thumbnail_filesize" numeric,
  	"sizes_thumbnail_filename" varchar,
  	"sizes_card_url" varchar,
  	"sizes_card_width" numeric,
  	"sizes_card_height" numeric,
  	"sizes_card_mime_type" varchar,
  	"sizes_card_filesize" numeric,
  	"sizes_card_filename" varchar,
  	"sizes_wide_url" varchar,
  	"sizes_wide_width" numeric,
  	"sizes_wide_height" numeric,
  	"sizes_wide_mime_type" varchar,
  	"sizes_wide_filesize" numeric,
  	"sizes_wide_filename" varchar
  );
  
  CREATE TABLE "users_roles" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_users_roles",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "users_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"created_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "users" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"email" varchar NOT NULL,
  	"reset_password_token" varchar,
  	"reset_password_expiration" timestamp(3) with time zone,
  	"salt" varchar,
  	"hash" varchar,
  	"login_attempts" numeric DEFAULT 0,
  	"lock_until" timestamp(3) with time zone
  );
  
  CREATE TABLE "search_misses" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"query" varchar NOT NULL,
  	"count" numeric DEFAULT 1 NOT NULL,
  	"first_seen" timestamp(3) with time zone NOT NULL,
  	"last_seen" timestamp(3) with time zone NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "seed_state" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"brand_id" integer,
  	"method_id" integer,
  	"version" varchar,
  	"available" varchar,
  	"declined" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_kv" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"data" jsonb NOT NULL
  );
  
  CREATE TABLE "payload_jobs_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"executed_at" timestamp(3) with time zone NOT NULL,
  	"completed_at" timestamp(3) with time zone NOT NULL,
  	"task_slug" "enum_payload_jobs_log_task_slug" NOT NULL,
  	"task_i_d" varchar NOT NULL,
  	"input" jsonb,
  	"output" jsonb,
  	"state" "enum_payload_jobs_log_state" NOT NULL,
  	"error" jsonb
  );
  
  CREATE TABLE "payload_jobs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"input" jsonb,
  	"completed_at" timestamp(3) with time zone,
  	"total_tried" numeric DEFAULT 0,
  	"has_error" boolean DEFAULT false,
  	"error" jsonb,
  	"task_slug" "enum_payload_jobs_task_slug",
  	"queue" varchar DEFAULT 'default',
  	"wait_until" timestamp(3) with time zone,
  	"processing" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"global_slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"brands_id" integer,
  	"methods_id" integer,
  	"steps_id" integer,
  	"comments_id" integer,
  	"feedback_id" integer,
  	"media_id" integer,
  	"users_id" integer,
  	"search_misses_id" integer,
  	"seed_state_id" integer
  );
  
  CREATE TABLE "payload_preferences" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"value" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_preferences_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_migrations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"batch" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "site_before_you_start" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"text" varchar NOT NULL
  );
  
  CREATE TABLE "site_prevention_tips" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"text" varchar NOT NULL
  );
  
  CREATE TABLE "site" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar DEFAULT 'ResetHub' NOT NULL,
  	"tagline" varchar,
  	"closing_words" varchar,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "search_state" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"version" varchar,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "brands_former_slugs" ADD CONSTRAINT "brands_former_slugs_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."brands"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "brands_aliases" ADD CONSTRAINT "brands_aliases_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."brands"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "brands_model_patterns" ADD CONSTRAINT "brands_model_patterns_oem_id_brands_id_fk" FOREIGN KEY ("oem_id") REFERENCES "public"."brands"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "brands_model_patterns" ADD CONSTRAINT "brands_model_patterns_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."brands"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "brands_relations" ADD CONSTRAINT "brands_relations_brand_id_brands_id_fk" FOREIGN KEY ("brand_id") REFERENCES "public"."brands"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "brands_relations" ADD CONSTRAINT "brands_relations_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."brands"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "brands_tools_platforms" ADD CONSTRAINT "brands_tools_platforms_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."brands_tools"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "brands_tools" ADD CONSTRAINT "brands_tools_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."brands"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "brands" ADD CONSTRAINT "brands_logo_id_media_id_fk" FOREIGN KEY ("logo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_brands_v_version_former_slugs" ADD CONSTRAINT "_brands_v_version_former_slugs_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_brands_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_brands_v_version_aliases" ADD CONSTRAINT "_brands_v_version_aliases_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_brands_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_brands_v_version_model_patterns" ADD CONSTRAINT "_brands_v_version_model_patterns_oem_id_brands_id_fk" FOREIGN KEY ("oem_id") REFERENCES "public"."brands"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_brands_v_version_model_patterns" ADD CONSTRAINT "_brands_v_version_model_patterns_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_brands_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_brands_v_version_relations" ADD CONSTRAINT "_brands_v_version_relations_brand_id_brands_id_fk" FOREIGN KEY ("brand_id") REFERENCES "public"."brands"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_brands_v_version_relations" ADD CONSTRAINT "_brands_v_version_relations_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_brands_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_brands_v_version_tools_platforms" ADD CONSTRAINT "_brands_v_version_tools_platforms_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_brands_v_version_tools"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_brands_v_version_tools" ADD CONSTRAINT "_brands_v_version_tools_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_brands_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_brands_v" ADD CONSTRAINT "_brands_v_parent_id_brands_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."brands"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_brands_v" ADD CONSTRAINT "_brands_v_version_logo_id_media_id_fk" FOREIGN KEY ("version_logo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "methods_former_slugs" ADD CONSTRAINT "methods_former_slugs_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."methods"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "methods_requirements" ADD CONSTRAINT "methods_requirements_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."methods"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "methods_sources" ADD CONSTRAINT "methods_sources_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."methods"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "methods" ADD CONSTRAINT "methods_brand_id_brands_id_fk" FOREIGN KEY ("brand_id") REFERENCES "public"."brands"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "methods" ADD CONSTRAINT "methods_based_on_id_methods_id_fk" FOREIGN KEY ("based_on_id") REFERENCES "public"."methods"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_methods_v_version_former_slugs" ADD CONSTRAINT "_methods_v_version_former_slugs_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_methods_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_methods_v_version_requirements" ADD CONSTRAINT "_methods_v_version_requirements_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_methods_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_methods_v_version_sources" ADD CONSTRAINT "_methods_v_version_sources_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_methods_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_methods_v" ADD CONSTRAINT "_methods_v_parent_id_methods_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."methods"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_methods_v" ADD CONSTRAINT "_methods_v_version_brand_id_brands_id_fk" FOREIGN KEY ("version_brand_id") REFERENCES "public"."brands"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_methods_v" ADD CONSTRAINT "_methods_v_version_based_on_id_methods_id_fk" FOREIGN KEY ("version_based_on_id") REFERENCES "public"."methods"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "steps_callouts" ADD CONSTRAINT "steps_callouts_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."steps"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "steps" ADD CONSTRAINT "steps_method_id_methods_id_fk" FOREIGN KEY ("method_id") REFERENCES "public"."methods"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "steps" ADD CONSTRAINT "steps_image_id_media_id_fk" FOREIGN KEY ("image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "comments" ADD CONSTRAINT "comments_brand_id_brands_id_fk" FOREIGN KEY ("brand_id") REFERENCES "public"."brands"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "comments" ADD CONSTRAINT "comments_method_id_methods_id_fk" FOREIGN KEY ("method_id") REFERENCES "public"."methods"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "comments" ADD CONSTRAINT "comments_step_id_steps_id_fk" FOREIGN KEY ("step_id") REFERENCES "public"."steps"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "comments" ADD CONSTRAINT "comments_parent_id_comments_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."comments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "feedback" ADD CONSTRAINT "feedback_method_id_methods_id_fk" FOREIGN KEY ("method_id") REFERENCES "public"."methods"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "feedback" ADD CONSTRAINT "feedback_step_id_steps_id_fk" FOREIGN KEY ("step_id") REFERENCES "public"."steps"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "users_roles" ADD CONSTRAINT "users_roles_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_sessions" ADD CONSTRAINT "users_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "seed_state" ADD CONSTRAINT "seed_state_brand_id_brands_id_fk" FOREIGN KEY ("brand_id") REFERENCES "public"."brands"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "seed_state" ADD CONSTRAINT "seed_state_method_id_methods_id_fk" FOREIGN KEY ("method_id") REFERENCES "public"."methods"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_jobs_log" ADD CONSTRAINT "payload_jobs_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."payload_jobs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_locked_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_brands_fk" FOREIGN KEY ("brands_id") REFERENCES "public"."brands"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_methods_fk" FOREIGN KEY ("methods_id") REFERENCES "public"."methods"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_steps_fk" FOREIGN KEY ("steps_id") REFERENCES "public"."steps"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_comments_fk" FOREIGN KEY ("comments_id") REFERENCES "public"."comments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_feedback_fk" FOREIGN KEY ("feedback_id") REFERENCES "public"."feedback"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_search_misses_fk" FOREIGN KEY ("search_misses_id") REFERENCES "public"."search_misses"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_seed_state_fk" FOREIGN KEY ("seed_state_id") REFERENCES "public"."seed_state"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_preferences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "site_before_you_start" ADD CONSTRAINT "site_before_you_start_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."site"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "site_prevention_tips" ADD CONSTRAINT "site_prevention_tips_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."site"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "brands_former_slugs_order_idx" ON "brands_former_slugs" USING btree ("_order");
  CREATE INDEX "brands_former_slugs_parent_id_idx" ON "brands_former_slugs" USING btree ("_parent_id");
  CREATE INDEX "brands_aliases_order_idx" ON "brands_aliases" USING btree ("_order");
  CREATE INDEX "brands_aliases_parent_id_idx" ON "brands_aliases" USING btree ("_parent_id");
  CREATE INDEX "brands_model_patterns_order_idx" ON "brands_model_patterns" USING btree ("_order");
  CREATE INDEX "brands_model_patterns_parent_id_idx" ON "brands_model_patterns" USING btree ("_parent_id");
  CREATE INDEX "brands_model_patterns_oem_idx" ON "brands_model_patterns" USING btree ("oem_id");
  CREATE INDEX "brands_relations_order_idx" ON "brands_relations" USING btree ("_order");
  CREATE INDEX "brands_relations_parent_id_idx" ON "brands_relations" USING btree ("_parent_id");
  CREATE INDEX "brands_relations_brand_idx" ON "brands_relations" USING btree ("brand_id");
  CREATE INDEX "brands_tools_platforms_order_idx" ON "brands_tools_platforms" USING btree ("order");
  CREATE INDEX "brands_tools_platforms_parent_idx" ON "brands_tools_platforms" USING btree ("parent_id");
  CREATE INDEX "brands_tools_order_idx" ON "brands_tools" USING btree ("_order");
  CREATE INDEX "brands_tools_parent_id_idx" ON "brands_tools" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "brands_name_idx" ON "brands" USING btree ("name");
  CREATE UNIQUE INDEX "brands_slug_idx" ON "brands" USING btree ("slug");
  CREATE INDEX "brands_logo_idx" ON "brands" USING btree ("logo_id");
  CREATE INDEX "brands_updated_at_idx" ON "brands" USING btree ("updated_at");
  CREATE INDEX "brands_created_at_idx" ON "brands" USING btree ("created_at");
  CREATE INDEX "brands__status_idx" ON "brands" USING btree ("_status");
  CREATE INDEX "_brands_v_version_former_slugs_order_idx" ON "_brands_v_version_former_slugs" USING btree ("_order");
  CREATE INDEX "_brands_v_version_former_slugs_parent_id_idx" ON "_brands_v_version_former_slugs" USING btree ("_parent_id");
  CREATE INDEX "_brands_v_version_aliases_order_idx" ON "_brands_v_version_aliases" USING btree ("_order");
  CREATE INDEX "_brands_v_version_aliases_parent_id_idx" ON "_brands_v_version_aliases" USING btree ("_parent_id");
  CREATE INDEX "_brands_v_version_model_patterns_order_idx" ON "_brands_v_version_model_patterns" USING btree ("_order");
  CREATE INDEX "_brands_v_version_model_patterns_parent_id_idx" ON "_brands_v_version_model_patterns" USING btree ("_parent_id");
  CREATE INDEX "_brands_v_version_model_patterns_oem_idx" ON "_brands_v_version_model_patterns" USING btree ("oem_id");
  CREATE INDEX "_brands_v_version_relations_order_idx" ON "_brands_v_version_relations" USING btree ("_order");
  CREATE INDEX "_brands_v_version_relations_parent_id_idx" ON "_brands_v_version_relations" USING btree ("_parent_id");
  CREATE INDEX "_brands_v_version_relations_brand_idx" ON "_brands_v_version_relations" USING btree ("brand_id");
  CREATE INDEX "_brands_v_version_tools_platforms_order_idx" ON "_brands_v_version_tools_platforms" USING btree ("order");
  CREATE INDEX "_brands_v_version_tools_platforms_parent_idx" ON "_brands_v_version_tools_platforms" USING btree ("parent_id");
  CREATE INDEX "_brands_v_version_tools_order_idx" ON "_brands_v_version_tools" USING btree ("_order");
  CREATE INDEX "_brands_v_version_tools_parent_id_idx" ON "_brands_v_version_tools" USING btree ("_parent_id");
  CREATE INDEX "_brands_v_parent_idx" ON "_brands_v" USING btree ("parent_id");
  CREATE INDEX "_brands_v_version_version_name_idx" ON "_brands_v" USING btree ("version_name");
  CREATE INDEX "_brands_v_version_version_slug_idx" ON "_brands_v" USING btree ("version_slug");
  CREATE INDEX "_brands_v_version_version_logo_idx" ON "_brands_v" USING btree ("version_logo_id");
  CREATE INDEX "_brands_v_version_version_updated_at_idx" ON "_brands_v" USING btree ("version_updated_at");
  CREATE INDEX "_brands_v_version_version_created_at_idx" ON "_brands_v" USING btree ("version_created_at");
  CREATE INDEX "_brands_v_version_version__status_idx" ON "_brands_v" USING btree ("version__status");
  CREATE INDEX "_brands_v_created_at_idx" ON "_brands_v" USING btree ("created_at");
  CREATE INDEX "_brands_v_updated_at_idx" ON "_brands_v" USING btree ("updated_at");
  CREATE INDEX "_brands_v_latest_idx" ON "_brands_v" USING btree ("latest");
  CREATE INDEX "_brands_v_autosave_idx" ON "_brands_v" USING btree ("autosave");
  CREATE INDEX "methods_former_slugs_order_idx" ON "methods_former_slugs" USING btree ("_order");
  CREATE INDEX "methods_former_slugs_parent_id_idx" ON "methods_former_slugs" USING btree ("_parent_id");
  CREATE INDEX "methods_requirements_order_idx" ON "methods_requirements" USING btree ("order");
  CREATE INDEX "methods_requirements_parent_idx" ON "methods_requirements" USING btree ("parent_id");
  CREATE INDEX "methods_sources_order_idx" ON "methods_sources" USING btree ("_order");
  CREATE INDEX "methods_sources_parent_id_idx" ON "methods_sources" USING btree ("_parent_id");
  CREATE INDEX "methods_slug_idx" ON "methods" USING btree ("slug");
  CREATE INDEX "methods_brand_idx" ON "methods" USING btree ("brand_id");
  CREATE INDEX "methods_based_on_idx" ON "methods" USING btree ("based_on_id");
  CREATE INDEX "methods_updated_at_idx" ON "methods" USING btree ("updated_at");
  CREATE INDEX "methods_created_at_idx" ON "methods" USING btree ("created_at");
  CREATE INDEX "methods__status_idx" ON "methods" USING btree ("_status");
  CREATE INDEX "_methods_v_version_former_slugs_order_idx" ON "_methods_v_version_former_slugs" USING btree ("_order");
  CREATE INDEX "_methods_v_version_former_slugs_parent_id_idx" ON "_methods_v_version_former_slugs" USING btree ("_parent_id");
  CREATE INDEX "_methods_v_version_requirements_order_idx" ON "_methods_v_version_requirements" USING btree ("order");
  CREATE INDEX "_methods_v_version_requirements_parent_idx" ON "_methods_v_version_requirements" USING btree ("parent_id");
  CREATE INDEX "_methods_v_version_sources_order_idx" ON "_methods_v_version_sources" USING btree ("_order");
  CREATE INDEX "_methods_v_version_sources_parent_id_idx" ON "_methods_v_version_sources" USING btree ("_parent_id");
  CREATE INDEX "_methods_v_parent_idx" ON "_methods_v" USING btree ("parent_id");
  CREATE INDEX "_methods_v_version_version_slug_idx" ON "_methods_v" USING btree ("version_slug");
  CREATE INDEX "_methods_v_version_version_brand_idx" ON "_methods_v" USING btree ("version_brand_id");
  CREATE INDEX "_methods_v_version_version_based_on_idx" ON "_methods_v" USING btree ("version_based_on_id");
  CREATE INDEX "_methods_v_version_version_updated_at_idx" ON "_methods_v" USING btree ("version_updated_at");
  CREATE INDEX "_methods_v_version_version_created_at_idx" ON "_methods_v" USING btree ("version_created_at");
  CREATE INDEX "_methods_v_version_version__status_idx" ON "_methods_v" USING btree ("version__status");
  CREATE INDEX "_methods_v_created_at_idx" ON "_methods_v" USING btree ("created_at");
  CREATE INDEX "_methods_v_updated_at_idx" ON "_methods_v" USING btree ("updated_at");
  CREATE INDEX "_methods_v_latest_idx" ON "_methods_v" USING btree ("latest");
  CREATE INDEX "_methods_v_autosave_idx" ON "_methods_v" USING btree ("autosave");
  CREATE INDEX "steps_callouts_order_idx" ON "steps_callouts" USING btree ("_order");
  CREATE INDEX "steps_callouts_parent_id_idx" ON "steps_callouts" USING btree ("_parent_id");
  CREATE INDEX "steps_method_idx" ON "steps" USING btree ("method_id");
  CREATE INDEX "steps_image_idx" ON "steps" USING btree ("image_id");
  CREATE INDEX "steps_updated_at_idx" ON "steps" USING btree ("updated_at");
  CREATE INDEX "steps_created_at_idx" ON "steps" USING btree ("created_at");
  CREATE INDEX "comments_brand_idx" ON "comments" USING btree ("brand_id");
  CREATE INDEX "comments_method_idx" ON "comments" USING btree ("method_id");
  CREATE INDEX "comments_step_idx" ON "comments" USING btree ("step_id");
  CREATE INDEX "comments_parent_idx" ON "comments" USING btree ("parent_id");
  CREATE INDEX "comments_status_idx" ON "comments" USING btree ("status");
  CREATE INDEX "comments_ip_hash_idx" ON "comments" USING btree ("ip_hash");
  CREATE INDEX "comments_awaiting_answer_idx" ON "comments" USING btree ("awaiting_answer");
  CREATE INDEX "comments_resolved_at_idx" ON "comments" USING btree ("resolved_at");
  CREATE INDEX "comments_fingerprint_idx" ON "comments" USING btree ("fingerprint");
  CREATE INDEX "comments_updated_at_idx" ON "comments" USING btree ("updated_at");
  CREATE INDEX "comments_created_at_idx" ON "comments" USING btree ("created_at");
  CREATE INDEX "brand_status_awaitingAnswer_createdAt_idx" ON "comments" USING btree ("brand_id","status","awaiting_answer","created_at");
  CREATE INDEX "parent_status_idx" ON "comments" USING btree ("parent_id","status");
  CREATE INDEX "feedback_method_idx" ON "feedback" USING btree ("method_id");
  CREATE INDEX "feedback_step_idx" ON "feedback" USING btree ("step_id");
  CREATE INDEX "feedback_updated_at_idx" ON "feedback" USING btree ("updated_at");
  CREATE INDEX "feedback_created_at_idx" ON "feedback" USING btree ("created_at");
  CREATE INDEX "media_updated_at_idx" ON "media" USING btree ("updated_at");
  CREATE INDEX "media_created_at_idx" ON "media" USING btree ("created_at");
  CREATE UNIQUE INDEX "media_filename_idx" ON "media" USING btree ("filename");
  CREATE INDEX "media_sizes_thumbnail_sizes_thumbnail_filename_idx" ON "media" USING btree ("sizes_thumbnail_filename");
  CREATE INDEX "media_sizes_card_sizes_card_filename_idx" ON "media" USING btree ("sizes_card_filename");
  CREATE INDEX "media_sizes_wide_sizes_wide_filename_idx" ON "media" USING btree ("sizes_wide_filename");
  CREATE INDEX "users_roles_order_idx" ON "users_roles" USING btree ("order");
  CREATE INDEX "users_roles_parent_idx" ON "users_roles" USING btree ("parent_id");
  CREATE INDEX "users_sessions_order_idx" ON "users_sessions" USING btree ("_order");
  CREATE INDEX "users_sessions_parent_id_idx" ON "users_sessions" USING btree ("_parent_id");
  CREATE INDEX "users_updated_at_idx" ON "users" USING btree ("updated_at");
  CREATE INDEX "users_created_at_idx" ON "users" USING btree ("created_at");
  CREATE UNIQUE INDEX "users_email_idx" ON "users" USING btree ("email");
  CREATE UNIQUE INDEX "search_misses_query_idx" ON "search_misses" USING btree ("query");
  CREATE INDEX "search_misses_count_idx" ON "search_misses" USING btree ("count");
  CREATE INDEX "search_misses_last_seen_idx" ON "search_misses" USING btree ("last_seen");
  CREATE INDEX "search_misses_updated_at_idx" ON "search_misses" USING btree ("updated_at");
  CREATE INDEX "search_misses_created_at_idx" ON "search_misses" USING btree ("created_at");
  CREATE UNIQUE INDEX "seed_state_key_idx" ON "seed_state" USING btree ("key");
  CREATE INDEX "seed_state_brand_idx" ON "seed_state" USING btree ("brand_id");
  CREATE INDEX "seed_state_method_idx" ON "seed_state" USING btree ("method_id");
  CREATE INDEX "seed_state_updated_at_idx" ON "seed_state" USING btree ("updated_at");
  CREATE INDEX "seed_state_created_at_idx" ON "seed_state" USING btree ("created_at");
  CREATE UNIQUE INDEX "payload_kv_key_idx" ON "payload_kv" USING btree ("key");
  CREATE INDEX "payload_jobs_log_order_idx" ON "payload_jobs_log" USING btree ("_order");
  CREATE INDEX "payload_jobs_log_parent_id_idx" ON "payload_jobs_log" USING btree ("_parent_id");
  CREATE INDEX "payload_jobs_completed_at_idx" ON "payload_jobs" USING btree ("completed_at");
  CREATE INDEX "payload_jobs_total_tried_idx" ON "payload_jobs" USING btree ("total_tried");
  CREATE INDEX "payload_jobs_has_error_idx" ON "payload_jobs" USING btree ("has_error");
  CREATE INDEX "payload_jobs_task_slug_idx" ON "payload_jobs" USING btree ("task_slug");
  CREATE INDEX "payload_jobs_queue_idx" ON "payload_jobs" USING btree ("queue");
  CREATE INDEX "payload_jobs_wait_until_idx" ON "payload_jobs" USING btree ("wait_until");
  CREATE INDEX "payload_jobs_processing_idx" ON "payload_jobs" USING btree ("processing");
  CREATE INDEX "payload_jobs_updated_at_idx" ON "payload_jobs" USING btree ("updated_at");
  CREATE INDEX "payload_jobs_created_at_idx" ON "payload_jobs" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_global_slug_idx" ON "payload_locked_documents" USING btree ("global_slug");
  CREATE INDEX "payload_locked_documents_updated_at_idx" ON "payload_locked_documents" USING btree ("updated_at");
  CREATE INDEX "payload_locked_documents_created_at_idx" ON "payload_locked_documents" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_rels_order_idx" ON "payload_locked_documents_rels" USING btree ("order");
  CREATE INDEX "payload_locked_documents_rels_parent_idx" ON "payload_locked_documents_rels" USING btree ("parent_id");
  CREATE INDEX "payload_locked_documents_rels_path_idx" ON "payload_locked_documents_rels" USING btree ("path");
  CREATE INDEX "payload_locked_documents_rels_brands_id_idx" ON "payload_locked_documents_rels" USING btree ("brands_id");
  CREATE INDEX "payload_locked_documents_rels_methods_id_idx" ON "payload_locked_documents_rels" USING btree ("methods_id");
  CREATE INDEX "payload_locked_documents_rels_steps_id_idx" ON "payload_locked_documents_rels" USING btree ("steps_id");
  CREATE INDEX "payload_locked_documents_rels_comments_id_idx" ON "payload_locked_documents_rels" USING btree ("comments_id");
  CREATE INDEX "payload_locked_documents_rels_feedback_id_idx" ON "payload_locked_documents_rels" USING btree ("feedback_id");
  CREATE INDEX "payload_locked_documents_rels_media_id_idx" ON "payload_locked_documents_rels" USING btree ("media_id");
  CREATE INDEX "payload_locked_documents_rels_users_id_idx" ON "payload_locked_documents_rels" USING btree ("users_id");
  CREATE INDEX "payload_locked_documents_rels_search_misses_id_idx" ON "payload_locked_documents_rels" USING btree ("search_misses_id");
  CREATE INDEX "payload_locked_documents_rels_seed_state_id_idx" ON "payload_locked_documents_rels" USING btree ("seed_state_id");
  CREATE INDEX "payload_preferences_key_idx" ON "payload_preferences" USING btree ("key");
  CREATE INDEX "payload_preferences_updated_at_idx" ON "payload_preferences" USING btree ("updated_at");
  CREATE INDEX "payload_preferences_created_at_idx" ON "payload_preferences" USING btree ("created_at");
  CREATE INDEX "payload_preferences_rels_order_idx" ON "payload_preferences_rels" USING btree ("order");
  CREATE INDEX "payload_preferences_rels_parent_idx" ON "payload_preferences_rels" USING btree ("parent_id");
  CREATE INDEX "payload_preferences_rels_path_idx" ON "payload_preferences_rels" USING btree ("path");
  CREATE INDEX "payload_preferences_rels_users_id_idx" ON "payload_preferences_rels" USING btree ("users_id");
  CREATE INDEX "payload_migrations_updated_at_idx" ON "payload_migrations" USING btree ("updated_at");
  CREATE INDEX "payload_migrations_created_at_idx" ON "payload_migrations" USING btree ("created_at");
  CREATE INDEX "site_before_you_start_order_idx" ON "site_before_you_start" USING btree ("_order");
  CREATE INDEX "site_before_you_start_parent_id_idx" ON "site_before_you_start" USING btree ("_parent_id");
  CREATE INDEX "site_prevention_tips_order_idx" ON "site_prevention_tips" USING btree ("_order");
  CREATE INDEX "site_prevention_tips_parent_id_idx" ON "site_prevention_tips" USING btree ("_parent_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "brands_former_slugs" CASCADE;
  DROP TABLE "brands_aliases" CASCADE;
  DROP TABLE "brands_model_patterns" CASCADE;
  DROP TABLE "brands_relations" CASCADE;
  DROP TABLE "brands_tools_platforms" CASCADE;
  DROP TABLE "brands_tools" CASCADE;
  DROP TABLE "brands" CASCADE;
  DROP TABLE "_brands_v_version_former_slugs" CASCADE;
  DROP TABLE "_brands_v_version_aliases" CASCADE;
  DROP TABLE "_brands_v_version_model_patterns" CASCADE;
  DROP TABLE "_brands_v_version_relations" CASCADE;
  DROP TABLE "_brands_v_version_tools_platforms" CASCADE;
  DROP TABLE "_brands_v_version_tools" CASCADE;
  DROP TABLE "_brands_v" CASCADE;
  DROP TABLE "methods_former_slugs" CASCADE;
  DROP TABLE "methods_requirements" CASCADE;
  DROP TABLE "methods_sources" CASCADE;
  DROP TABLE "methods" CASCADE;
  DROP TABLE "_methods_v_version_former_slugs" CASCADE;
  DROP TABLE "_methods_v_version_requirements" CASCADE;
  DROP TABLE "_methods_v_version_sources" CASCADE;
  DROP TABLE "_methods_v" CASCADE;
  DROP TABLE "steps_callouts" CASCADE;
  DROP TABLE "steps" CASCADE;
  DROP TABLE "comments" CASCADE;
  DROP TABLE "feedback" CASCADE;
  DROP TABLE "media" CASCADE;
  DROP TABLE "users_roles" CASCADE;
  DROP TABLE "users_sessions" CASCADE;
  DROP TABLE "users" CASCADE;
  DROP TABLE "search_misses" CASCADE;
  DROP TABLE "seed_state" CASCADE;
  DROP TABLE "payload_kv" CASCADE;
  DROP TABLE "payload_jobs_log" CASCADE;
  DROP TABLE "payload_jobs" CASCADE;
  DROP TABLE "payload_locked_documents" CASCADE;
  DROP TABLE "payload_locked_documents_rels" CASCADE;
  DROP TABLE "payload_preferences" CASCADE;
  DROP TABLE "payload_preferences_rels" CASCADE;
  DROP TABLE "payload_migrations" CASCADE;
  DROP TABLE "site_before_you_start" CASCADE;
  DROP TABLE "site_prevention_tips" CASCADE;
  DROP TABLE "site" CASCADE;
  DROP TABLE "search_state" CASCADE;
  DROP TYPE "public"."enum_brands_relations_kind";
  DROP TYPE "public"."enum_brands_tools_platforms";
  DROP TYPE "public"."enum_brands_status";
  DROP TYPE "public"."enum__brands_v_version_relations_kind";
  DROP TYPE "public"."enum__brands_v_version_tools_platforms";
  DROP TYPE "public"."enum__brands_v_version_status";
  DROP TYPE "public"."enum_methods_requirements";
  DROP TYPE "public"."enum_methods_sources_publisher";
  DROP TYPE "public"."enum_methods_kind";
  DROP TYPE "public"."enum_methods_data_loss";
  DROP TYPE "public"."enum_methods_status";
  DROP TYPE "public"."enum__methods_v_version_requirements";
  DROP TYPE "public"."enum__methods_v_version_sources_publisher";
  DROP TYPE "public"."enum__methods_v_version_kind";
  DROP TYPE "public"."enum__methods_v_version_data_loss";
  DROP TYPE "public"."enum__methods_v_version_status";
  DROP TYPE "public"."enum_steps_callouts_kind";
  DROP TYPE "public"."enum_comments_status";
  DROP TYPE "public"."enum_comments_case_state";
  DROP TYPE "public"."enum_feedback_helpful";
  DROP TYPE "public"."enum_feedback_reason";
  DROP TYPE "public"."enum_users_roles";
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  DROP TYPE "public"."enum_payload_jobs_log_state";
  DROP TYPE "public"."enum_payload_jobs_task_slug";`)
}
