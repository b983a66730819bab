/** The record of background job runs (start, end, outcome), shown to the admins. */
import { desc, eq, sql } from "drizzle-orm";
import type { Executor } from "@/db";
import { jobRuns } from "@/db/schema";

/** Records the start of a run; its id. */
export async function startJobRun(db: Executor, job: string): Promise<number> {
  const [run] = await db.insert(jobRuns).values({ job }).returning({ id: jobRuns.id });
  return run!.id;
}

/** Records how a run ended: its summary, or the error. */
export async function finishJobRun(
  db: Executor,
  runId: number,
  outcome: { ok: true; summary: Record<string, number> } | { ok: false; error: string },
): Promise<void> {
  await db
    .update(jobRuns)
    .set(
      outcome.ok ? { finishedAt: sql`now()`, ok: true, summary: JSON.stringify(outcome.summary) } : { finishedAt: sql`now()`, ok: false, error: outcome.error },
    )
    .where(eq(jobRuns.id, runId));
}

/** The latest runs of all jobs, newest first. */
export async function latestJobRuns(db: Executor, limit = 200) {
  return db.select().from(jobRuns).orderBy(desc(jobRuns.startedAt)).limit(limit);
}
