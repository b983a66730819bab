CREATE TABLE "group_figures" (
	"key" text PRIMARY KEY NOT NULL,
	"computed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"histogram" jsonb NOT NULL
);
