CREATE TYPE "public"."translation_state" AS ENUM('draft', 'reviewed');--> statement-breakpoint
CREATE TABLE "translations" (
	"locale" text NOT NULL,
	"key" text NOT NULL,
	"text" text NOT NULL,
	"state" "translation_state" NOT NULL,
	"source_hash" text NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "translations_locale_key_pk" PRIMARY KEY("locale","key"),
	CONSTRAINT "translations_locale" CHECK ("translations"."locale" IN ('ls', 'en', 'tr', 'ro', 'pl', 'uk', 'ru', 'ar', 'fa')),
	CONSTRAINT "translations_text_length" CHECK (char_length("translations"."text") <= 4000 AND char_length("translations"."note") <= 2000)
);
--> statement-breakpoint
ALTER TABLE "translations" ADD CONSTRAINT "translations_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;