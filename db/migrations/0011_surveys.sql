CREATE TABLE "survey_answers" (
	"response_id" uuid NOT NULL,
	"statement_key" text NOT NULL,
	"value" smallint NOT NULL,
	CONSTRAINT "survey_answers_response_id_statement_key_pk" PRIMARY KEY("response_id","statement_key"),
	CONSTRAINT "survey_answers_value" CHECK ("survey_answers"."value" BETWEEN 0 AND 5)
);
--> statement-breakpoint
CREATE TABLE "survey_profiles" (
	"response_id" uuid PRIMARY KEY NOT NULL,
	"migration" text,
	"age" text,
	"residence" text
);
--> statement-breakpoint
CREATE TABLE "survey_responses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"survey_id" uuid NOT NULL,
	"submitted_on" date DEFAULT (now() AT TIME ZONE 'Europe/Berlin')::date NOT NULL,
	"locale" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "surveys" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"title" text NOT NULL,
	"code" text NOT NULL,
	"languages" text[] NOT NULL,
	"instrument_version" smallint NOT NULL,
	"ends_on" date NOT NULL,
	"started_by" uuid,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"ended_at" timestamp with time zone,
	CONSTRAINT "surveys_title_length" CHECK (char_length("surveys"."title") BETWEEN 1 AND 120)
);
--> statement-breakpoint
ALTER TABLE "survey_answers" ADD CONSTRAINT "survey_answers_response_id_survey_responses_id_fk" FOREIGN KEY ("response_id") REFERENCES "public"."survey_responses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_profiles" ADD CONSTRAINT "survey_profiles_response_id_survey_responses_id_fk" FOREIGN KEY ("response_id") REFERENCES "public"."survey_responses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_responses" ADD CONSTRAINT "survey_responses_survey_id_surveys_id_fk" FOREIGN KEY ("survey_id") REFERENCES "public"."surveys"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "surveys" ADD CONSTRAINT "surveys_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "surveys" ADD CONSTRAINT "surveys_started_by_users_id_fk" FOREIGN KEY ("started_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "survey_responses_survey_idx" ON "survey_responses" USING btree ("survey_id");--> statement-breakpoint
CREATE UNIQUE INDEX "surveys_code_key" ON "surveys" USING btree ("code");--> statement-breakpoint
CREATE INDEX "surveys_organisation_idx" ON "surveys" USING btree ("organisation_id");