CREATE TABLE "survey_counts" (
	"survey_id" uuid NOT NULL,
	"migration_group" text NOT NULL,
	"statement_key" text NOT NULL,
	"value" smallint NOT NULL,
	"n" integer NOT NULL,
	CONSTRAINT "survey_counts_survey_id_migration_group_statement_key_value_pk" PRIMARY KEY("survey_id","migration_group","statement_key","value"),
	CONSTRAINT "survey_counts_group" CHECK ("survey_counts"."migration_group" IN ('mit', 'ohne', 'rest'))
);
--> statement-breakpoint
ALTER TABLE "survey_counts" ADD CONSTRAINT "survey_counts_survey_id_surveys_id_fk" FOREIGN KEY ("survey_id") REFERENCES "public"."surveys"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
-- The counts of answers stored before this migration.
INSERT INTO "survey_counts" ("survey_id", "migration_group", "statement_key", "value", "n")
SELECT r."survey_id",
       CASE WHEN p."migration" IN ('selbst', 'eltern') THEN 'mit' WHEN p."migration" = 'nein' THEN 'ohne' ELSE 'rest' END,
       a."statement_key", a."value", count(*)
FROM "survey_answers" a
JOIN "survey_responses" r ON r."id" = a."response_id"
LEFT JOIN "survey_profiles" p ON p."response_id" = r."id"
GROUP BY 1, 2, 3, 4;
