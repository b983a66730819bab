CREATE TABLE "indicator_values" (
	"organisation_id" uuid NOT NULL,
	"indicator_key" text NOT NULL,
	"year" smallint NOT NULL,
	"value" numeric(14, 4) NOT NULL,
	"source" text DEFAULT '' NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"recorded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "indicator_values_organisation_id_indicator_key_year_pk" PRIMARY KEY("organisation_id","indicator_key","year"),
	CONSTRAINT "indicator_values_year" CHECK ("indicator_values"."year" BETWEEN 2000 AND 2100),
	CONSTRAINT "indicator_values_value" CHECK ("indicator_values"."value" >= 0),
	CONSTRAINT "indicator_values_source_length" CHECK (char_length("indicator_values"."source") <= 300),
	CONSTRAINT "indicator_values_note_length" CHECK (char_length("indicator_values"."note") <= 1000)
);
--> statement-breakpoint
CREATE TABLE "own_indicators" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"name" text NOT NULL,
	"definition" text DEFAULT '' NOT NULL,
	"unit" text NOT NULL,
	"direction" text NOT NULL,
	"source" text DEFAULT '' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "own_indicators_name_length" CHECK (char_length("own_indicators"."name") BETWEEN 3 AND 160),
	CONSTRAINT "own_indicators_definition_length" CHECK (char_length("own_indicators"."definition") <= 1000),
	CONSTRAINT "own_indicators_source_length" CHECK (char_length("own_indicators"."source") <= 300),
	CONSTRAINT "own_indicators_unit" CHECK ("own_indicators"."unit" IN ('prozent', 'je100', 'anzahl', 'euro', 'je10000', 'punkte')),
	CONSTRAINT "own_indicators_direction" CHECK ("own_indicators"."direction" IN ('steigen', 'sinken', 'beobachten'))
);
--> statement-breakpoint
ALTER TABLE "measures" ADD COLUMN "target_indicator_key" text;--> statement-breakpoint
ALTER TABLE "measures" ADD COLUMN "target_indicator_value" numeric(14, 4);--> statement-breakpoint
ALTER TABLE "indicator_values" ADD CONSTRAINT "indicator_values_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_values" ADD CONSTRAINT "indicator_values_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "own_indicators" ADD CONSTRAINT "own_indicators_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "own_indicators" ADD CONSTRAINT "own_indicators_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "indicator_values_indicator_year_idx" ON "indicator_values" USING btree ("indicator_key","year");--> statement-breakpoint
CREATE INDEX "indicator_values_recorded_by_idx" ON "indicator_values" USING btree ("recorded_by");--> statement-breakpoint
CREATE UNIQUE INDEX "own_indicators_name_key" ON "own_indicators" USING btree ("organisation_id",lower("name"));--> statement-breakpoint
CREATE INDEX "own_indicators_created_by_idx" ON "own_indicators" USING btree ("created_by");--> statement-breakpoint
ALTER TABLE "measures" ADD CONSTRAINT "measures_indicator_target" CHECK (("measures"."target_indicator_key" IS NULL) = ("measures"."target_indicator_value" IS NULL));