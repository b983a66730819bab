ALTER TABLE "organisations" ADD COLUMN "rejected_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "rejection_reason" text;--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "assigned_advisor_id" uuid;--> statement-breakpoint
ALTER TABLE "review_comments" ADD COLUMN "from_kommune" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "organisations" ADD CONSTRAINT "organisations_assigned_advisor_id_users_id_fk" FOREIGN KEY ("assigned_advisor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "organisations_assigned_advisor_idx" ON "organisations" USING btree ("assigned_advisor_id");--> statement-breakpoint
CREATE INDEX "organisations_unverified_idx" ON "organisations" USING btree ("created_at") WHERE "organisations"."verified" = false AND "organisations"."rejected_at" IS NULL;