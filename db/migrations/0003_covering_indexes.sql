DROP INDEX "checks_submitted_per_org_idx";--> statement-breakpoint
CREATE INDEX "answers_check_scores_idx" ON "answers" USING btree ("check_id","item_key","score");--> statement-breakpoint
CREATE INDEX "checks_submitted_per_org_idx" ON "checks" USING btree ("organisation_id","submitted_at" DESC NULLS LAST,"id") WHERE "checks"."status" <> 'draft';