/**
 * The job queue on PostgreSQL (pg-boss): every app instance may run it, and
 * pg-boss hands each scheduled run to exactly one of them. Each run is
 * recorded in job_runs (start, end, outcome, error) for the admins.
 */
import { logger } from "@/lib/log";
import { metrics } from "@/lib/portal-server/metrics";
import PgBoss from "pg-boss";
import type { Database } from "@/db";
import { finishJobRun, latestJobRuns, startJobRun } from "@/db/queries/job-runs";
import { JOBS, findJob, type ScheduledJob } from "./registry";

/** A job's data may carry the moment it runs for (tests move the clock); otherwise now. */
interface JobData {
  now?: string;
}

/** Runs a job and records the run; a failure is recorded and rethrown (pg-boss retries it). */
export async function runRecorded(db: Database, job: ScheduledJob, now: Date = new Date()): Promise<Record<string, number>> {
  const runId = await startJobRun(db, job.name);
  const started = performance.now();
  const duration = () => Math.round(performance.now() - started);
  try {
    const summary = await job.run(db, now);
    logger().info({ job: job.name, runId: runId, durationMs: duration(), ok: true, summary }, "job");
    await finishJobRun(db, runId, { ok: true, summary });
    return summary;
  } catch (error) {
    logger().error({ job: job.name, runId: runId, durationMs: duration(), ok: false, err: error }, "job");
    await finishJobRun(db, runId, { ok: false, error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) });
    throw error;
  }
}

export interface JobRunner {
  boss: PgBoss;
  stop(): Promise<void>;
}

/** Starts pg-boss on the portal's database, schedules every job and works its queue. */
export async function startJobRunner(connectionString: string, db: Database, options: { schedule?: boolean } = {}): Promise<JobRunner> {
  const boss = new PgBoss({ connectionString, schema: "pgboss", max: 2, application_name: "kurz-check-jobs" });
  boss.on("error", (error) => logger().error({ err: error }, "pg-boss"));
  await boss.start();
  // Queue depth for /api/metrics: jobs waiting to be worked (created or due for a retry).
  metrics().queueDepth = async () => {
    const sizes = await Promise.all(JOBS.map((job) => boss.getQueueSize(job.name)));
    return sizes.reduce((sum, size) => sum + size, 0);
  };
  for (const job of JOBS) {
    await boss.createQueue(job.name);
    if (options.schedule !== false) await boss.schedule(job.name, job.cron, {}, { tz: "Europe/Berlin" });
    await boss.work<JobData>(job.name, async ([queued]) => {
      const now = queued?.data?.now ? new Date(queued.data.now) : new Date();
      await runRecorded(db, findJob(job.name)!, now);
    });
  }
  return { boss, stop: () => boss.stop({ graceful: true, timeout: 5_000 }) };
}

/** The last runs of every job, for /admin: the latest run, and the latest failure if any. */
export async function jobOverview(db: Database) {
  const runs = await latestJobRuns(db);
  return JOBS.map((job) => {
    const mine = runs.filter((run) => run.job === job.name);
    return { job, last: mine[0] ?? null, lastFailure: mine.find((run) => run.ok === false) ?? null, runs: mine.length };
  });
}
