-- New indexes first, the old one last: while they build, the statewide figures keep an index.
-- (Written by hand in this order; drizzle-kit put the DROP first.) Both build in well under a
-- second at national scale; on a much larger live table, build them CONCURRENTLY by hand first.
CREATE INDEX "answers_check_scores_idx" ON "answers" USING btree ("check_id","item_key","score");--> statement-breakpoint
CREATE INDEX "checks_latest_submitted_idx" ON "checks" USING btree ("organisation_id","submitted_at" DESC NULLS LAST,"id") WHERE "checks"."status" <> 'draft';--> statement-breakpoint
DROP INDEX "checks_submitted_per_org_idx";
