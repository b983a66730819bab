/**
 * The portal's figures in Prometheus's text format (prom-client), served at
 * /api/metrics by the portal's own server (lib/portal-server/http-server.ts) to
 * loopback or a holder of METRICS_TOKEN. One registry per process on
 * globalThis: the server and the bundled app code both count into it.
 * Queue depth and pool usage are read when scraped.
 */
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from "prom-client";

interface PortalMetrics {
  registry: Registry;
  requests: Counter<"route" | "method" | "status">;
  duration: Histogram<"route" | "method">;
  autosaveConflicts: Counter;
  signInFailures: Counter;
  signInThrottled: Counter;
  /** Set by the app once its pool exists (db/index.ts). */
  pool: { totalCount: number; idleCount: number; waitingCount: number } | null;
  /** Set by the app: counts the queued jobs (lib/jobs/runner.ts). */
  queueDepth: (() => Promise<number>) | null;
}

const KEY = Symbol.for("kurzcheck.metrics");

function create(): PortalMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const state: PortalMetrics = {
    registry,
    requests: new Counter({
      name: "kurzcheck_http_requests_total",
      help: "Anfragen je Route, Methode und Status",
      labelNames: ["route", "method", "status"],
      registers: [registry],
    }),
    duration: new Histogram({
      name: "kurzcheck_http_request_duration_seconds",
      help: "Antwortzeit je Route und Methode",
      labelNames: ["route", "method"],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers: [registry],
    }),
    autosaveConflicts: new Counter({
      name: "kurzcheck_autosave_conflicts_total",
      help: "Speicherungen, die wegen einer neueren Fassung abgelehnt wurden",
      registers: [registry],
    }),
    signInFailures: new Counter({ name: "kurzcheck_sign_in_failures_total", help: "Fehlgeschlagene Anmeldungen", registers: [registry] }),
    signInThrottled: new Counter({
      name: "kurzcheck_sign_in_throttled_total",
      help: "Anmeldungen, die wegen zu vieler Fehlversuche gebremst wurden",
      registers: [registry],
    }),
    pool: null,
    queueDepth: null,
  };
  new Gauge({
    name: "kurzcheck_db_pool_connections",
    help: "Verbindungen des Datenbank-Pools dieser Instanz",
    labelNames: ["state"],
    registers: [registry],
    collect() {
      const pool = state.pool;
      this.set({ state: "total" }, pool?.totalCount ?? 0);
      this.set({ state: "idle" }, pool?.idleCount ?? 0);
      this.set({ state: "waiting" }, pool?.waitingCount ?? 0);
    },
  });
  new Gauge({
    name: "kurzcheck_job_queue_depth",
    help: "Aufgaben, die in der Warteschlange auf ihre Ausführung warten",
    registers: [registry],
    async collect() {
      this.set(state.queueDepth ? await state.queueDepth().catch(() => -1) : 0);
    },
  });
  return state;
}

export function metrics(): PortalMetrics {
  const holder = globalThis as { [KEY]?: PortalMetrics };
  holder[KEY] ??= create();
  return holder[KEY];
}
