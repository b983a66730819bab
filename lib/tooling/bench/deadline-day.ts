/**
 * A deadline day (issue 30): for several minutes at once, 300 editors
 * autosave (paced as people type), 10 workshops of 40 participants submit
 * with their projectors listening, and 1,000 residents answer a survey — editors
 * and workshops through the shipped nginx in front of two app instances on one
 * PostgreSQL, the residents straight to the two instances (see below).
 * Measured: errors and the p95 of every request kind, and, sampled every
 * second, each instance's CPU and waiting pool clients and PostgreSQL's
 * active connections, so the report can say what saturates first.
 */
import type { Pool } from "pg";
import { autosaveThroughPortal, type AutosaveFigures } from "./autosave";
import type { Editor } from "./editors";
import { sleep } from "./stats";
import { posterCampaign } from "./survey";
import { openWorkshop, workshopRun, type WorkshopFigures } from "./workshop";

export const DEADLINE = { editors: 300, workshops: 10, participants: 40, residents: 1_000 };

export interface InstanceLoad {
  base: string;
  /** Highest share of one core the instance used in a second (1 = a whole core). */
  peakCpu: number;
  meanCpu: number;
  /** Most clients waiting for a pooled connection at a sample. */
  peakPoolWaiting: number;
  poolSize: number;
  /** The instance's highest resident memory at a sample, in bytes. */
  peakRss: number;
}

export interface DeadlineFigures {
  seconds: number;
  autosave: AutosaveFigures;
  workshops: WorkshopFigures[];
  survey: Awaited<ReturnType<typeof posterCampaign>>;
  instances: InstanceLoad[];
  peakPostgresActive: number;
  postgresMaxConnections: number;
}

/** One sample of an instance's own metrics (GET /api/metrics from loopback). */
async function instanceSample(base: string): Promise<{ cpuSeconds: number; waiting: number; total: number; rss: number } | null> {
  const text = await fetch(`${base}/api/metrics`)
    .then((response) => response.text())
    .catch(() => null);
  if (!text) return null;
  const value = (pattern: RegExp) => Number(pattern.exec(text)?.[1] ?? 0);
  return {
    cpuSeconds: value(/^process_cpu_seconds_total (\S+)/m),
    waiting: value(/^kurzcheck_db_pool_connections\{state="waiting"\} (\S+)/m),
    total: value(/^kurzcheck_db_pool_connections\{state="total"\} (\S+)/m),
    rss: value(/^process_resident_memory_bytes (\S+)/m),
  };
}

/** Samples every second until `signal` aborts. */
async function watch(pool: Pool, bases: string[], signal: AbortSignal) {
  const cpu = bases.map(() => [] as number[]);
  const waiting = bases.map(() => 0);
  const poolSize = bases.map(() => 0);
  const rss = bases.map(() => 0);
  let peakActive = 0;
  let previous = await Promise.all(bases.map(instanceSample));
  let previousAt = performance.now();
  while (!signal.aborted) {
    await sleep(1_000);
    const [samples, active] = await Promise.all([
      Promise.all(bases.map(instanceSample)),
      pool.query<{ n: number }>("SELECT count(*)::int AS n FROM pg_stat_activity WHERE state = 'active' AND backend_type = 'client backend'"),
    ]);
    const now = performance.now();
    samples.forEach((sample, index) => {
      const before = previous[index];
      if (sample && before) cpu[index]!.push((sample.cpuSeconds - before.cpuSeconds) / ((now - previousAt) / 1000));
      if (sample) {
        waiting[index] = Math.max(waiting[index]!, sample.waiting);
        poolSize[index] = Math.max(poolSize[index]!, sample.total);
        rss[index] = Math.max(rss[index]!, sample.rss);
      }
    });
    peakActive = Math.max(peakActive, active.rows[0]!.n);
    previous = samples;
    previousAt = now;
  }
  const instances = bases.map((base, index): InstanceLoad => ({
    base,
    peakCpu: Math.max(0, ...cpu[index]!),
    meanCpu: cpu[index]!.length ? cpu[index]!.reduce((sum, value) => sum + value, 0) / cpu[index]!.length : 0,
    peakPoolWaiting: waiting[index]!,
    poolSize: poolSize[index]!,
    peakRss: rss[index]!,
  }));
  return { instances, peakActive };
}

/**
 * Runs the day: `editors` are signed in (each with a draft), the first
 * `workshops` of them also run a workshop on their draft, the next one a survey.
 */
export async function deadlineDay(options: {
  pool: Pool;
  proxyBase: string;
  instanceBases: string[];
  editors: Editor[];
  surveyCode: string;
  seconds: number;
}): Promise<DeadlineFigures> {
  const { pool, proxyBase, editors, seconds } = options;
  const workshops = await Promise.all(editors.slice(0, DEADLINE.workshops).map((editor) => openWorkshop(pool, editor.checkId)));
  const maxConnections = Number((await pool.query<{ setting: string }>("SELECT setting FROM pg_settings WHERE name = 'max_connections'")).rows[0]!.setting);
  const stop = new AbortController();
  const watching = watch(pool, options.instanceBases, stop.signal);
  const [autosave, workshopFigures, survey] = await Promise.all([
    autosaveThroughPortal(proxyBase, editors, { seconds, thinkMs: [2_000, 6_000] }),
    Promise.all(workshops.map((workshop, index) => workshopRun(proxyBase, editors[index]!.cookie, workshop, DEADLINE.participants, seconds))),
    // Straight to the two instances, half each: behind the shipped nginx every simulated phone would be
    // 127.0.0.1 (nginx sets X-Forwarded-For), and the survey's limit of 60 answers an hour per address would
    // refuse them — real phones each have their own address.
    Promise.all(options.instanceBases.map((base) => posterCampaign(base, options.surveyCode, DEADLINE.residents / options.instanceBases.length, seconds))).then(
      (halves) => ({
        failures: halves.reduce((sum, half) => sum + half.failures, 0),
        submission: { median: Math.max(...halves.map((half) => half.submission.median)), p95: Math.max(...halves.map((half) => half.submission.p95)) },
      }),
    ),
  ]);
  stop.abort();
  const { instances, peakActive } = await watching;
  return { seconds, autosave, workshops: workshopFigures, survey, instances, peakPostgresActive: peakActive, postgresMaxConnections: maxConnections };
}
