/**
 * `npm run bench` (after `npm run db:generate-large`): figures at national
 * scale, printed as a table. This first part measures the advisors' queries —
 * the municipality list (first page, a filtered page, a search) and the
 * statewide figures — as median and p95 over repeated runs, and shows from
 * their plans whether any of them scans the answers table sequentially.
 * The HTTP figures of issue 7 (public pages beside nginx, autosave under 50
 * editors, check page, Lighthouse) are not measured here yet.
 */
import { sql, type SQL } from "drizzle-orm";
import { createPool, dbFor } from "../../db/index";
import { listOrganisations, organisationListQuery, type OrganisationFilter } from "../../db/queries/advisor";
import type { CurrentUser } from "../auth/current-user";
import { STATEWIDE_QUERY, statewideFigures } from "../services/statewide";
import { largeDatabaseServer } from "./large-database";

const RUNS = 40;

function summary(times: number[]) {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
  return { median: at(50), p95: at(95) };
}

async function time(work: () => Promise<unknown>, runs = RUNS): Promise<{ median: number; p95: number }> {
  for (let i = 0; i < 3; i++) await work(); // warm caches and the pool
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await work();
    times.push(performance.now() - started);
  }
  return summary(times);
}

const { server, url } = await largeDatabaseServer();
const pool = createPool(url, { max: 2 });
const db = dbFor(pool);
try {
  const [{ n }] = (await pool.query("SELECT count(*)::int AS n FROM organisations")).rows as [{ n: number }];
  if (n < 10_000) throw new Error("Die Benchmark-Datenbank ist leer oder klein: bitte zuerst `npm run db:generate-large`.");
  const advisor: CurrentUser = { id: "00000000-0000-0000-0000-000000000000", email: "bench@example.org", name: "Bench", role: "advisor", emailConfirmed: true, memberships: [] };

  const base: OrganisationFilter = { sort: "name", direction: "asc", page: 1, pageSize: 25 };
  const cases: [string, OrganisationFilter][] = [
    ["Kommunen, erste Seite (Name)", base],
    ["Kommunen, gefiltert (Oberbayern, Markt, freigegeben, Seite 3, nach letztem Check)", { ...base, regierungsbezirk: "oberbayern", kind: "markt", latestStatus: "released", sort: "latest", direction: "desc", page: 3 }],
    ["Kommunen, Suche ?q=Musterort 0421", { ...base, q: "Musterort 0421" }],
  ];

  const rows: string[] = [];
  const plans: [string, SQL][] = [];
  for (const [label, filter] of cases) {
    const t = await time(() => listOrganisations(db, filter));
    rows.push(`| ${label} | ${t.median.toFixed(1)} ms | ${t.p95.toFixed(1)} ms | p95 ≤ 150 ms |`);
    plans.push([label, organisationListQuery(filter)]);
  }
  const s = await time(() => statewideFigures(db, advisor), 15);
  rows.push(`| Landesweite Auswertung (eine Abfrage) | ${s.median.toFixed(1)} ms | ${s.p95.toFixed(1)} ms | ≤ 300 ms |`);
  plans.push(["Landesweite Auswertung", STATEWIDE_QUERY]);

  console.log(`\nNational scale: ${n.toLocaleString("de-DE")} Kommunen (npm run db:generate-large); server time of the query functions, ${RUNS} runs after warm-up\n`);
  console.log("| what | median | p95 | target |\n|---|---:|---:|---|");
  rows.forEach((row) => console.log(row));

  console.log("\nPlans (EXPLAIN): sequential scans over answers");
  for (const [label, query] of plans) {
    const plan = (await db.execute<{ "QUERY PLAN": string }>(sql`EXPLAIN ${query}`)).rows.map((r) => r["QUERY PLAN"]).join("\n");
    const seq = /Seq Scan on answers/.test(plan);
    console.log(`- ${label}: ${seq ? "SEQ SCAN on answers" : "no sequential scan on answers"}${/Index/.test(plan) ? ", uses indexes" : ""}`);
    if (process.env.BENCH_PLANS) console.log(plan);
  }
} finally {
  await pool.end();
  await server.stop();
}
