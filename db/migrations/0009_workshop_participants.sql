CREATE TABLE "workshop_participants" (
	"workshop_id" uuid NOT NULL,
	"participant" uuid NOT NULL,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"submitted_at" timestamp with time zone,
	CONSTRAINT "workshop_participants_workshop_id_participant_pk" PRIMARY KEY("workshop_id","participant")
);
--> statement-breakpoint
ALTER TABLE "workshop_participants" ADD CONSTRAINT "workshop_participants_workshop_id_workshops_id_fk" FOREIGN KEY ("workshop_id") REFERENCES "public"."workshops"("id") ON DELETE cascade ON UPDATE no action;