/**
 * `npm run bench:autosave`: round-trip time of one autosave (PUT of one item,
 * signed in, through Next.js, auth, validation, transaction and audit log)
 * over 200 sequential saves, beside the same versioned upsert sent directly
 * with pg. Runs against its own database on the embedded server; prints a table.
 */
import path from "node:path";
import { chromium } from "@playwright/test";
import { createPool, dbFor } from "../../db/index";
import { dropDatabase, ensureDatabase } from "../../db/embedded";
import { migrateDatabase } from "../../db/migrate";
import { DEFAULT_DEMO_PASSWORD, DEMO_ACCOUNTS, seedIfEmpty } from "../../db/seed";
import { ITEM_KEYS } from "../kurzcheck/keys";
import { provideServer } from "./database";
import { buildIfStale, DATA_DIR, spawnNext } from "./processes";

const SAVES = 200;
const PORT = Number(process.env.BENCH_PORT ?? 3400);

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}
const summary = (times: number[]) => {
  const sorted = [...times].sort((a, b) => a - b);
  return { median: percentile(sorted, 50), p95: percentile(sorted, 95) };
};

const server = await provideServer({ dataDir: path.join(DATA_DIR, "pg-bench"), port: Number(process.env.EMBEDDED_BENCH_PG_PORT ?? 54349) });
const database = `kurzcheck_bench_${Date.now()}`;
await ensureDatabase(server.adminUrl, database);
const databaseUrl = server.urlFor(database);
await migrateDatabase(databaseUrl);
const pool = createPool(databaseUrl, { max: 2 });
await seedIfEmpty(dbFor(pool));

const env = { ...process.env, DATABASE_URL: databaseUrl, AUTH_SECRET: "bench-secret-0123456789-0123456789", PORT: String(PORT), NODE_ENV: "production" as const };
await buildIfStale(env);
const app = spawnNext(["start", "-p", String(PORT)], { ...env });
const base = `http://127.0.0.1:${PORT}`;
for (let i = 0; i < 100; i++) {
  if (await fetch(`${base}/api/health`).then((r) => r.ok, () => false)) break;
  await new Promise((r) => setTimeout(r, 200));
}

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium", args: ["--no-sandbox"] });
try {
  const page = await browser.newPage({ baseURL: base });
  await page.goto("/anmelden");
  await page.getByLabel("E-Mail").fill(DEMO_ACCOUNTS.kommune);
  await page.getByLabel("Passwort", { exact: true }).fill(process.env.DEMO_PASSWORD || DEFAULT_DEMO_PASSWORD);
  await page.getByRole("button", { name: "Anmelden" }).click();
  await page.waitForURL(/\/kommune$/);
  await page.getByRole("button", { name: "Kurz-Check beginnen" }).click();
  await page.waitForURL(/\/kommune\/checks\/[0-9a-f-]{36}$/);
  const checkId = page.url().split("/").pop()!;

  // Saves go out with Node's own fetch and the session cookie, so the figure is the server's
  // round trip, not the overhead of a browser automation client.
  const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
  const versions = new Map<string, number>();
  const http: number[] = [];
  for (let i = 0; i < SAVES + 10; i++) {
    const itemKey = ITEM_KEYS[i % ITEM_KEYS.length]!;
    const started = performance.now();
    const response = await fetch(`${base}/api/checks/${checkId}/answers/${itemKey}`, {
      method: "PUT",
      headers: { Origin: base, Cookie: cookie, "Content-Type": "application/json" },
      body: JSON.stringify({ score: (i % 11) * 10, note: `Messung ${i}`, baseVersion: versions.get(itemKey) ?? 0 }),
    });
    const body = (await response.json()) as { version: number };
    const elapsed = performance.now() - started;
    if (!response.ok) throw new Error(`save ${i} failed: ${response.status} ${JSON.stringify(body)}`);
    versions.set(itemKey, body.version);
    if (i >= 10) http.push(elapsed); // the first saves warm up caches and the pool
  }

  const raw: number[] = [];
  for (let i = 0; i < SAVES + 10; i++) {
    const itemKey = ITEM_KEYS[i % ITEM_KEYS.length]!;
    const started = performance.now();
    const result = await pool.query(
      "UPDATE answers SET score = $1, note = $2, version = version + 1, updated_at = now() WHERE check_id = $3 AND item_key = $4 AND version = $5 RETURNING version",
      [(i % 11) * 10, `Direkt ${i}`, checkId, itemKey, versions.get(itemKey)],
    );
    versions.set(itemKey, result.rows[0].version);
    if (i >= 10) raw.push(performance.now() - started);
  }

  const a = summary(http);
  const b = summary(raw);
  const ms = (v: number) => `${v.toFixed(1)} ms`;
  console.log(`\nAutosave, ${SAVES} sequential saves of one item (after 10 warm-up saves)\n`);
  console.log("| path | median | p95 |\n|---|---:|---:|");
  console.log(`| PUT /api/checks/…/answers/… (Next.js, auth, zod, transaction, audit) | ${ms(a.median)} | ${ms(a.p95)} |`);
  console.log(`| the same versioned upsert directly with pg | ${ms(b.median)} | ${ms(b.p95)} |`);
  console.log(`| ratio | ${(a.median / b.median).toFixed(1)} × | ${(a.p95 / b.p95).toFixed(1)} × |`);
} finally {
  await browser.close();
  app.kill("SIGTERM");
  await new Promise((r) => app.once("exit", r));
  await pool.end();
  await dropDatabase(server.adminUrl, database);
  await server.stop();
}
