CREATE TYPE "public"."measure_status" AS ENUM('planned', 'in_progress', 'done', 'deferred');--> statement-breakpoint
CREATE TABLE "job_runs" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"job" text NOT NULL,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone,
	"ok" boolean,
	"summary" text,
	"error" text
);
--> statement-breakpoint
CREATE TABLE "measure_items" (
	"measure_id" uuid NOT NULL,
	"item_key" "item_key" NOT NULL,
	CONSTRAINT "measure_items_measure_id_item_key_pk" PRIMARY KEY("measure_id","item_key")
);
--> statement-breakpoint
CREATE TABLE "measure_notes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"measure_id" uuid NOT NULL,
	"author_id" uuid,
	"body" text NOT NULL,
	"from_advisor" boolean DEFAULT false NOT NULL,
	"released" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "measure_notes_body_length" CHECK (char_length("measure_notes"."body") BETWEEN 1 AND 5000)
);
--> statement-breakpoint
CREATE TABLE "measures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"responsible_user_id" uuid,
	"responsible_role" text,
	"due_on" date,
	"target_score" smallint,
	"status" "measure_status" DEFAULT 'planned' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "measures_title_length" CHECK (char_length("measures"."title") BETWEEN 1 AND 200),
	CONSTRAINT "measures_description_length" CHECK (char_length("measures"."description") <= 5000),
	CONSTRAINT "measures_role_length" CHECK ("measures"."responsible_role" IS NULL OR char_length("measures"."responsible_role") BETWEEN 1 AND 120),
	CONSTRAINT "measures_target_scale" CHECK ("measures"."target_score" IS NULL OR ("measures"."target_score" BETWEEN 0 AND 100 AND "measures"."target_score" % 10 = 0))
);
--> statement-breakpoint
CREATE TABLE "sent_notifications" (
	"key" text PRIMARY KEY NOT NULL,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "calendar_token_hash" text;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "measure_reminders" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "measure_items" ADD CONSTRAINT "measure_items_measure_id_measures_id_fk" FOREIGN KEY ("measure_id") REFERENCES "public"."measures"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measure_notes" ADD CONSTRAINT "measure_notes_measure_id_measures_id_fk" FOREIGN KEY ("measure_id") REFERENCES "public"."measures"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measure_notes" ADD CONSTRAINT "measure_notes_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measures" ADD CONSTRAINT "measures_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measures" ADD CONSTRAINT "measures_responsible_user_id_users_id_fk" FOREIGN KEY ("responsible_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measures" ADD CONSTRAINT "measures_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "job_runs_job_started_idx" ON "job_runs" USING btree ("job","started_at");--> statement-breakpoint
CREATE INDEX "measure_items_item_idx" ON "measure_items" USING btree ("item_key");--> statement-breakpoint
CREATE INDEX "measure_notes_measure_idx" ON "measure_notes" USING btree ("measure_id","created_at");--> statement-breakpoint
CREATE INDEX "measure_notes_author_idx" ON "measure_notes" USING btree ("author_id");--> statement-breakpoint
CREATE INDEX "measures_organisation_idx" ON "measures" USING btree ("organisation_id","due_on");--> statement-breakpoint
CREATE INDEX "measures_responsible_idx" ON "measures" USING btree ("responsible_user_id");--> statement-breakpoint
CREATE INDEX "measures_created_by_idx" ON "measures" USING btree ("created_by");--> statement-breakpoint
CREATE INDEX "measures_open_due_idx" ON "measures" USING btree ("due_on") WHERE "measures"."status" IN ('planned', 'in_progress');--> statement-breakpoint
CREATE UNIQUE INDEX "organisations_calendar_token_key" ON "organisations" USING btree ("calendar_token_hash");