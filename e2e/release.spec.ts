// Rules guarded (issue 14): the production guide (docs/betrieb.md) works as written. The release
// folder of `npm run release` runs with Node alone on an external PostgreSQL: it refuses to start
// without its production settings, migrates (twice without harm), runs as two instances behind the
// shipped nginx (rendered with the guide's envsubst command) that share sessions and each take
// requests, runs the job queue on its own and stops on SIGTERM, and backs up and restores.
import { expect, test } from "@playwright/test";
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { hashPassword } from "../lib/auth/password";
import { localProxyConfig, localProxyValues, PROXY_TEMPLATE, startNginx, type RunningNginx } from "../lib/tooling/local-nginx";
import { releaseCommand, type ReleaseCommand } from "../lib/operations/deploy/release-layout";
import { replaceDatabase } from "../lib/operations/database";
import { ROOT } from "../lib/operations/processes";
import { DEMO_PASSWORD, signIn, uniqueEmail } from "./support/accounts";

const RELEASE_DIR = path.resolve(".next/standalone");
const basePort = Number(process.env.E2E_PORT ?? 3100) + 20;
const appPorts = [basePort, basePort + 1];
const proxyPort = basePort + 2;
const stamp = `${Date.now()}_${process.pid}`;
const database = `kurzcheck_release_${stamp}`;
const restored = `${database}_restored`;
const adminUrl = process.env.TEST_ADMIN_DATABASE_URL!;
const databaseUrl = replaceDatabase(adminUrl, database);

/** What /etc/kurz-check/portal.env holds in the guide; nothing of the test run's own environment leaks in. */
const portalEnv: NodeJS.ProcessEnv = {
  PATH: process.env.PATH,
  HOME: process.env.HOME,
  NODE_ENV: "production",
  DATABASE_URL: databaseUrl,
  SITE_URL: `http://127.0.0.1:${proxyPort}`,
  AUTH_SECRET: "release-test-secret-0123456789abcdefghijklmnop",
  SMTP_HOST: "127.0.0.1",
  SMTP_PORT: "1",
  OPERATOR_CONFIG: path.join(ROOT, "lib/tooling/testing/operator-complete.json"),
  LOG_LEVEL: "info",
  JOBS: "off",
};

interface Running {
  child: ChildProcess;
  output(): string;
  exited: Promise<number | null>;
}

function startCommand(name: ReleaseCommand, env: NodeJS.ProcessEnv): Running {
  const child = spawn(process.execPath, [releaseCommand(name)], { cwd: RELEASE_DIR, env, stdio: ["ignore", "pipe", "pipe"] });
  let text = "";
  child.stdout!.on("data", (chunk: Buffer) => (text += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (text += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, output: () => text, exited };
}

function runCommand(name: ReleaseCommand, args: string[] = [], env: NodeJS.ProcessEnv = portalEnv) {
  return spawnSync(process.execPath, [releaseCommand(name), ...args], { cwd: RELEASE_DIR, env, encoding: "utf8", timeout: 120_000 });
}

async function admin<T>(work: (client: pg.Client) => Promise<T>, url = adminUrl): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

let instances: Running[] = [];
let proxy: RunningNginx | undefined;
const backupDir = mkdtempSync(path.join(os.tmpdir(), "kurzcheck-backup-"));

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.setTimeout(600_000);
  // The guide's first command, on the build `npm test` made before the browser tests (never a new one under the running test app).
  const release = spawnSync("npm", ["run", "release", "--", "--no-build"], { encoding: "utf8", timeout: 540_000 });
  expect(release.status, release.stdout + release.stderr).toBe(0);
  for (const name of ["serve", "migrate", "jobs", "backup", "restore"] as const) expect(existsSync(path.join(RELEASE_DIR, releaseCommand(name)))).toBe(true);
  await admin((client) => client.query(`CREATE DATABASE "${database}"`));
});

test.afterAll(async () => {
  for (const instance of instances) instance.child.kill("SIGTERM");
  await Promise.all(instances.map((instance) => instance.exited));
  await proxy?.stop();
  rmSync(backupDir, { recursive: true, force: true });
  for (const name of [database, restored]) await admin((client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
});

test("the release refuses to start without its production settings, naming the missing one", () => {
  for (const missing of ["AUTH_SECRET", "SITE_URL", "SMTP_HOST", "OPERATOR_CONFIG"]) {
    const result = runCommand("serve", [], { ...portalEnv, [missing]: "", PORT: String(appPorts[0]) });
    expect(result.status, missing).not.toBe(0);
    expect(result.stdout + result.stderr).toContain(`Konfiguration: ${missing}`);
  }
  // A placeholder secret is refused too.
  const weak = runCommand("serve", [], { ...portalEnv, AUTH_SECRET: "changeme", PORT: String(appPorts[0]) });
  expect(weak.status).not.toBe(0);
  expect(weak.stdout + weak.stderr).toContain("Konfiguration: AUTH_SECRET ist zu schwach");
  // The shipped sample of the operator's data never goes live.
  const sample = runCommand("serve", [], { ...portalEnv, OPERATOR_CONFIG: path.join(ROOT, "lib/operator/beispiel.json"), PORT: String(appPorts[0]) });
  expect(sample.status).not.toBe(0);
  expect(sample.stdout + sample.stderr).toContain("Konfiguration: OPERATOR_CONFIG – Betreiberangaben: beispiel ist true");
});

test("two instances behind the shipped nginx share the load and the sessions", async ({ browser }) => {
  test.setTimeout(180_000);
  // Every instance migrates before it starts (ExecStartPre): the second run finds nothing to do.
  for (let round = 0; round < 2; round++) {
    const migrate = runCommand("migrate");
    expect(migrate.status, migrate.stdout + migrate.stderr).toBe(0);
  }
  instances = appPorts.map((port) => startCommand("serve", { ...portalEnv, PORT: String(port), HOST: "127.0.0.1" }));
  for (const port of appPorts) {
    await expect(async () => expect((await fetch(`http://127.0.0.1:${port}/api/health`)).ok).toBe(true)).toPass({ timeout: 60_000 });
  }

  // The guide renders the proxy configuration with envsubst; the test's own renderer must agree with it.
  const upstreams = appPorts.map((port) => `127.0.0.1:${port}`);
  const rendered = localProxyConfig(proxyPort, upstreams, "e2e-release");
  const values = localProxyValues(proxyPort, upstreams, "e2e-release");
  const template = readFileSync(PROXY_TEMPLATE, "utf8");
  const variables = Object.keys(values)
    .map((name) => `\${${name}}`)
    .join(" ");
  expect(new Set(template.match(/\$\{[A-Z_]+\}/g))).toEqual(new Set(Object.keys(values).map((name) => `\${${name}}`)));
  const envsubst = spawnSync("envsubst", [variables], {
    input: template,
    encoding: "utf8",
    env: { PATH: process.env.PATH, NODE_ENV: "production", ...values },
  });
  if (!envsubst.error) expect(envsubst.stdout).toBe(rendered);
  proxy = await startNginx("e2e-release", proxyPort, rendered);
  expect((await fetch(`${proxy.base}/api/health`)).status).toBe(200);
  expect((await fetch(`${proxy.base}/api/metrics`)).status).toBe(404);
  // The benchmark's reference pages are not part of a deployment: without BENCHMARK_BASELINE they do not exist.
  for (const path of ["/benchmark-baseline", "/benchmark-baseline/dynamisch"]) expect((await fetch(`${proxy.base}${path}`)).status).toBe(404);

  // A user of the new database signs in through the proxy; every instance honours the session.
  const email = uniqueEmail("betrieb");
  const userId = await admin(async (client) => {
    const { rows } = await client.query<{ id: string }>(
      "INSERT INTO users (email, name, password_hash, role, email_confirmed_at) VALUES ($1, 'Betrieb Test', $2, 'member', now()) RETURNING id",
      [email, await hashPassword(DEMO_PASSWORD)],
    );
    await client.query(
      `WITH kommune AS (INSERT INTO organisations (name, kind, regierungsbezirk) VALUES ('Markt Betriebstest', 'markt', 'schwaben') RETURNING id)
       INSERT INTO memberships (user_id, organisation_id, role) SELECT $1, id, 'owner' FROM kommune`,
      [rows[0]!.id],
    );
    return rows[0]!.id;
  }, databaseUrl);
  const context = await browser.newContext({ baseURL: proxy.base });
  const page = await context.newPage();
  await signIn(page, email);
  const requestIds: string[] = [];
  for (let request = 0; request < 6; request++) {
    const response = await page.request.get("/konto");
    expect(response.status()).toBe(200);
    expect(await response.text()).toContain(email);
    requestIds.push(response.headers()["x-request-id"]!);
  }
  // The autosave endpoint of the bundled server reads the same session: an unknown check is "not found", not "signed out".
  const save = await page.request.put("/api/checks/00000000-0000-4000-8000-000000000000/answers/leitbild", {
    headers: { Origin: proxy.base },
    data: { score: 10, note: "", baseVersion: 0 },
  });
  expect(save.status()).toBe(404);
  expect(await save.json()).toMatchObject({ ok: false, code: "not_found" });
  await context.close();

  // nginx's request ids name the instance that answered: both took some, each request exactly one.
  const linesOf = (instance: Running) =>
    instance
      .output()
      .split("\n")
      .filter((line) => line.startsWith("{"))
      .map((line) => JSON.parse(line) as { requestId?: string; userId?: string; msg: string })
      .filter((line) => line.msg === "request" && requestIds.includes(line.requestId ?? ""));
  await expect.poll(() => instances.map(linesOf).flat().length).toBe(requestIds.length);
  for (const instance of instances) {
    expect(linesOf(instance).length).toBeGreaterThan(0);
    for (const line of linesOf(instance)) expect(line.userId).toBe(userId);
  }
});

test("the job runner starts on its own and stops cleanly on SIGTERM", async () => {
  test.setTimeout(120_000);
  const jobs = startCommand("jobs", { ...portalEnv, JOBS: undefined });
  await expect.poll(jobs.output, { timeout: 60_000 }).toContain("Aufgabendienst läuft");
  jobs.child.kill("SIGTERM");
  expect(await jobs.exited).toBe(0);
  const queues = await admin((client) => client.query("SELECT count(*)::int AS n FROM pgboss.schedule"), databaseUrl);
  expect(queues.rows[0].n).toBeGreaterThan(0);
});

test("a backup of the running portal restores into a new database", async () => {
  test.setTimeout(120_000);
  const backup = runCommand("backup", [], { ...portalEnv, BACKUP_DIR: backupDir });
  expect(backup.status, backup.stdout + backup.stderr).toBe(0);
  const file = /Sicherung geschrieben: (\S+)/.exec(backup.stdout)?.[1];
  expect(file && existsSync(file)).toBeTruthy();
  const restore = runCommand("restore", [file!, "--database", restored]);
  expect(restore.status, restore.stdout + restore.stderr).toBe(0);
  const count = (url: string) => admin((client) => client.query("SELECT count(*)::int AS n FROM users WHERE email LIKE 'betrieb-%'"), url);
  expect((await count(replaceDatabase(adminUrl, restored))).rows[0].n).toBe((await count(databaseUrl)).rows[0].n);
  expect((await count(databaseUrl)).rows[0].n).toBe(1);
});
