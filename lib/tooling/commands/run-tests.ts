/**
 * `npm test`: every suite, against real parts.
 * 1. finds a Chromium (CHROMIUM_PATH, Debian's, or Playwright's own) and
 *    nginx (Debian's package, installed when missing and run as root);
 * 2. creates a fresh database for this run on the embedded PostgreSQL
 *    (.data/pg-test) or on the server of DATABASE_URL, migrates and seeds it;
 * 3. runs vitest (unit + integration), builds if stale, runs Playwright;
 * 4. drops the run's database and prints the total as `N passed, N failed`.
 * Arguments after `--` go to Playwright (e.g. `npm test -- e2e/home.spec.ts`),
 * with `--unit-only` to vitest (`npm test -- --unit-only lib/services/checks`);
 * `--unit-only` / `--e2e-only` run just one side, for quick iteration.
 */
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { createPool, dbFor } from "../../../db/index";
import { dropDatabase, EMBEDDED_MAJOR, ensureDatabase } from "../../../db/embedded";
import { migrateDatabase } from "../../../db/migrate";
import { seedIfEmpty } from "../../../db/seed";
import { ensureNginx } from "../local-nginx";
import { startFaultProxy, type FaultProxy } from "../testing/fault-proxy";
import { provideServer } from "../../operations/database";
import { buildIfStale, DATA_DIR, installDebianPackage, ROOT, run } from "../../operations/processes";

interface Tally {
  passed: number;
  failed: number;
  skipped: number;
}

async function findChromium(): Promise<string | null> {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"];
  for (const candidate of candidates) if (candidate && existsSync(candidate)) return candidate;
  const ownBrowser = async () => {
    const { chromium } = await import("@playwright/test");
    const own = chromium.executablePath();
    return existsSync(own) ? own : null;
  };
  const found = await ownBrowser();
  if (found) return found;
  console.log("[test] Kein Chromium gefunden; versuche `playwright install chromium` …");
  const code = await run(process.execPath, [path.join(ROOT, "node_modules/@playwright/test/cli.js"), "install", "chromium"]);
  return code === 0 ? ownBrowser() : null;
}

function readVitest(file: string): Tally {
  if (!existsSync(file)) return { passed: 0, failed: 1, skipped: 0 };
  const report = JSON.parse(readFileSync(file, "utf8")) as {
    numPassedTests: number;
    numFailedTests: number;
    numPendingTests: number;
    numTodoTests: number;
    numFailedTestSuites: number;
  };
  return {
    passed: report.numPassedTests,
    // A file that fails to load has no failed test but a failed suite: count it.
    failed: report.numFailedTests + (report.numFailedTests === 0 ? report.numFailedTestSuites : 0),
    skipped: report.numPendingTests + report.numTodoTests,
  };
}

function readPlaywright(file: string): Tally {
  if (!existsSync(file)) return { passed: 0, failed: 1, skipped: 0 };
  const report = JSON.parse(readFileSync(file, "utf8")) as {
    stats: { expected: number; unexpected: number; flaky: number; skipped: number };
    errors?: unknown[];
  };
  const errors = report.errors?.length ?? 0;
  return {
    passed: report.stats.expected + report.stats.flaky,
    failed: report.stats.unexpected + errors,
    skipped: report.stats.skipped,
  };
}

const args = process.argv.slice(2);
const unitOnly = args.includes("--unit-only");
const e2eOnly = args.includes("--e2e-only");
const playwrightArgs = args.filter((arg) => arg !== "--unit-only" && arg !== "--e2e-only");
const resultsDir = path.join(DATA_DIR, "test-results");
rmSync(resultsDir, { recursive: true, force: true });
mkdirSync(resultsDir, { recursive: true });

const chromium = await findChromium();
if (!chromium) {
  console.error("Kein Browser für die Tests: bitte `apt-get install -y chromium` ausführen oder CHROMIUM_PATH setzen.");
  process.exit(1);
}
// The browser tests also run the shipped nginx configuration (e2e/deploy-proxy.spec.ts).
if (!unitOnly) await ensureNginx();
// The backup test runs pg_dump and pg_restore of the embedded server's major version.
if (!existsSync(`/usr/lib/postgresql/${EMBEDDED_MAJOR}/bin/pg_dump`) && !process.env.PG_BIN) await installDebianPackage(`postgresql-client-${EMBEDDED_MAJOR}`);

const server = await provideServer({
  dataDir: path.join(DATA_DIR, "pg-test"),
  port: Number(process.env.EMBEDDED_TEST_PG_PORT ?? 54339),
});
const testDatabase = `kurzcheck_test_${Date.now()}_${process.pid}`;
const tally: Tally = { passed: 0, failed: 0, skipped: 0 };
let exitCode = 1;
let faultProxy: FaultProxy | null = null;

try {
  await ensureDatabase(server.adminUrl, testDatabase);
  const databaseUrl = server.urlFor(testDatabase);
  await migrateDatabase(databaseUrl);
  const pool = createPool(databaseUrl, { max: 1 });
  await seedIfEmpty(dbFor(pool));
  await pool.end();

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    TEST_DATABASE_URL: databaseUrl,
    TEST_ADMIN_DATABASE_URL: server.adminUrl,
    AUTH_SECRET: process.env.AUTH_SECRET || "test-secret-only-for-the-local-test-run-000000",
    // JSON request lines would bury the test output; tests that read the log start their own instance at "info".
    LOG_LEVEL: process.env.LOG_LEVEL ?? "warn",
    CHROMIUM_PATH: chromium,
    // Mails of this run land here; the tests read links (reset, invitation) from it.
    OUTBOX_DIR: path.join(resultsDir, "outbox"),
    SMTP_HOST: "",
  };

  const vitestFile = path.join(resultsDir, "vitest.json");
  let vitestExit = 0;
  if (!e2eOnly)
    vitestExit = await run(
      process.execPath,
      [
        path.join(ROOT, "node_modules/vitest/vitest.mjs"),
        "run",
        "--reporter=default",
        "--reporter=json",
        `--outputFile.json=${vitestFile}`,
        ...(unitOnly ? playwrightArgs : []),
      ],
      env,
    );
  const unit = e2eOnly ? { passed: 0, failed: 0, skipped: 0 } : readVitest(vitestFile);
  // Unhandled errors fail vitest without failing a test: count them, so the total cannot look green.
  if (vitestExit !== 0 && unit.failed === 0) unit.failed = 1;

  const playwrightFile = path.join(resultsDir, "playwright.json");
  let playwrightExit = 0;
  if (!unitOnly) {
    await buildIfStale(env);
    // The app under test reaches the database through a proxy the fault tests can cut.
    const target = new URL(databaseUrl);
    faultProxy = await startFaultProxy({ host: target.hostname, port: Number(target.port || 5432) });
    const viaProxy = new URL(databaseUrl);
    viaProxy.hostname = "127.0.0.1";
    viaProxy.port = String(faultProxy.port);
    playwrightExit = await run(process.execPath, [path.join(ROOT, "node_modules/@playwright/test/cli.js"), "test", ...playwrightArgs], {
      ...env,
      E2E_RESULTS_FILE: playwrightFile,
      E2E_APP_DATABASE_URL: viaProxy.toString(),
      DB_FAULT_CONTROL: `http://127.0.0.1:${faultProxy.controlPort}`,
    });
  }
  const browser = unitOnly ? { passed: 0, failed: 0, skipped: 0 } : readPlaywright(playwrightFile);
  if (playwrightExit !== 0 && browser.failed === 0) browser.failed = 1;

  for (const part of [unit, browser]) {
    tally.passed += part.passed;
    tally.failed += part.failed;
    tally.skipped += part.skipped;
  }
  console.log(`\nvitest: ${unit.passed} passed, ${unit.failed} failed · playwright: ${browser.passed} passed, ${browser.failed} failed`);
  exitCode = tally.failed === 0 && tally.passed > 0 ? 0 : 1;
} catch (error) {
  console.error("[test] Testlauf abgebrochen:", error);
  tally.failed += 1;
} finally {
  await faultProxy?.close();
  await dropDatabase(server.adminUrl, testDatabase).catch((error: unknown) => console.error("[test] could not drop test database", error));
  await server.stop();
}

console.log(`${tally.passed} passed, ${tally.failed} failed${tally.skipped ? `, ${tally.skipped} skipped` : ""}`);
process.exit(exitCode);
