/** The production build served by the portal server (lib/operations/commands/serve.ts), against a given database, on a loopback port. */
import { buildIfStale, spawnServer } from "../../operations/processes";
import { sleep } from "./stats";

export interface RunningApp {
  base: string;
  stop(): Promise<void>;
}

export async function startApp(options: { databaseUrl: string; port: number; authSecret: string }): Promise<RunningApp> {
  const env = {
    ...process.env,
    DATABASE_URL: options.databaseUrl,
    AUTH_SECRET: options.authSecret,
    PORT: String(options.port),
    NODE_ENV: "production" as const,
    DEMO_MODE: "1",
    BENCHMARK_BASELINE: "1",
    // Pages and saves are measured, not the job queue's polling; request lines would go to a pipe this very process drains
    // beside the load generator (in production they go to journald), so only warnings are logged.
    JOBS: "off",
    LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? "warn",
  };
  await buildIfStale(env);
  // BENCH_CPU_PROF=<folder>: the server writes a V8 CPU profile there when it stops (open it in Chrome's DevTools).
  const nodeArgs = process.env.BENCH_CPU_PROF ? ["--cpu-prof", `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : [];
  const app = spawnServer({ ...env, HOST: "127.0.0.1" }, { nodeArgs });
  const base = `http://127.0.0.1:${options.port}`;
  const stop = async () => {
    if (app.exitCode !== null) return;
    app.kill("SIGTERM");
    await new Promise((resolve) => app.once("exit", resolve));
  };
  for (let attempt = 0; attempt < 150; attempt++) {
    if (app.exitCode !== null) throw new Error(`the portal server exited with code ${app.exitCode}`);
    if (
      await fetch(`${base}/api/health`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return { base, stop };
    await sleep(200);
  }
  await stop();
  throw new Error("the portal server did not become healthy within 30 s");
}
