CREATE TYPE "public"."perspective" AS ENUM('verwaltungsspitze', 'integrationsbeauftragte', 'fachbereiche', 'mitarbeitende', 'gemeinderat', 'integrationsbeirat', 'ehrenamt', 'sonstige');--> statement-breakpoint
CREATE TYPE "public"."response_source" AS ENUM('link', 'workshop');--> statement-breakpoint
CREATE TABLE "perspective_answers" (
	"response_id" uuid NOT NULL,
	"item_key" "item_key" NOT NULL,
	"score" smallint,
	"note" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "perspective_answers_response_id_item_key_pk" PRIMARY KEY("response_id","item_key"),
	CONSTRAINT "perspective_answers_score_scale" CHECK ("perspective_answers"."score" IS NULL OR ("perspective_answers"."score" BETWEEN 0 AND 100 AND "perspective_answers"."score" % 10 = 0)),
	CONSTRAINT "perspective_answers_note_length" CHECK (char_length("perspective_answers"."note") <= 2000)
);
--> statement-breakpoint
CREATE TABLE "perspective_responses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"check_id" uuid NOT NULL,
	"source" "response_source" NOT NULL,
	"respondent_id" uuid,
	"workshop_id" uuid,
	"perspective" "perspective" NOT NULL,
	"submitted_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "perspective_responses_origin" CHECK (("perspective_responses"."source" = 'link' AND "perspective_responses"."respondent_id" IS NOT NULL) OR ("perspective_responses"."source" = 'workshop' AND "perspective_responses"."workshop_id" IS NOT NULL))
);
--> statement-breakpoint
CREATE TABLE "respondents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"check_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"label" text NOT NULL,
	"email" text NOT NULL,
	"perspective" "perspective" NOT NULL,
	"token_hash" text NOT NULL,
	"invited_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"withdrawn_at" timestamp with time zone,
	CONSTRAINT "respondents_label_length" CHECK (char_length("respondents"."label") BETWEEN 1 AND 120)
);
--> statement-breakpoint
CREATE TABLE "workshops" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"check_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"code" text NOT NULL,
	"started_by" uuid,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"ended_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "perspective_answers" ADD CONSTRAINT "perspective_answers_response_id_perspective_responses_id_fk" FOREIGN KEY ("response_id") REFERENCES "public"."perspective_responses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "perspective_responses" ADD CONSTRAINT "perspective_responses_check_id_checks_id_fk" FOREIGN KEY ("check_id") REFERENCES "public"."checks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "perspective_responses" ADD CONSTRAINT "perspective_responses_respondent_id_respondents_id_fk" FOREIGN KEY ("respondent_id") REFERENCES "public"."respondents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "perspective_responses" ADD CONSTRAINT "perspective_responses_workshop_id_workshops_id_fk" FOREIGN KEY ("workshop_id") REFERENCES "public"."workshops"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "respondents" ADD CONSTRAINT "respondents_check_id_checks_id_fk" FOREIGN KEY ("check_id") REFERENCES "public"."checks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "respondents" ADD CONSTRAINT "respondents_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "respondents" ADD CONSTRAINT "respondents_invited_by_users_id_fk" FOREIGN KEY ("invited_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workshops" ADD CONSTRAINT "workshops_check_id_checks_id_fk" FOREIGN KEY ("check_id") REFERENCES "public"."checks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workshops" ADD CONSTRAINT "workshops_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workshops" ADD CONSTRAINT "workshops_started_by_users_id_fk" FOREIGN KEY ("started_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "perspective_responses_check_idx" ON "perspective_responses" USING btree ("check_id","submitted_at");--> statement-breakpoint
CREATE UNIQUE INDEX "perspective_responses_respondent_key" ON "perspective_responses" USING btree ("respondent_id");--> statement-breakpoint
CREATE INDEX "perspective_responses_workshop_idx" ON "perspective_responses" USING btree ("workshop_id");--> statement-breakpoint
CREATE UNIQUE INDEX "respondents_token_hash_key" ON "respondents" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "respondents_check_idx" ON "respondents" USING btree ("check_id");--> statement-breakpoint
CREATE INDEX "respondents_organisation_idx" ON "respondents" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "respondents_invited_by_idx" ON "respondents" USING btree ("invited_by");--> statement-breakpoint
CREATE UNIQUE INDEX "workshops_open_code_key" ON "workshops" USING btree ("code") WHERE "workshops"."ended_at" IS NULL;--> statement-breakpoint
CREATE INDEX "workshops_check_idx" ON "workshops" USING btree ("check_id");--> statement-breakpoint
CREATE INDEX "workshops_organisation_idx" ON "workshops" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "workshops_started_by_idx" ON "workshops" USING btree ("started_by");