// Rules guarded (issue 14): every request has an id (X-Request-Id) and one JSON log line with route,
// status, duration and the user's id — never an e-mail address, a password or a note; an error page
// shows the id the log carries; /api/metrics answers loopback and METRICS_TOKEN, refuses anyone else,
// and is never passed on by the shipped proxy.
import { expect, test } from "@playwright/test";
import { localProxyConfig, startNginx } from "../lib/tooling/local-nginx";
import { RETENTION } from "../lib/retention";
import { DEMO, DEMO_PASSWORD, newPerson, registerKommune, setDatabaseReachable, signIn, testDb } from "./support/accounts";
import { startInstance, type Instance } from "./support/instance";

const METRICS_TOKEN = "kennzahlen-token-nur-fuer-den-test-0123456789";
let instance: Instance;

test.beforeAll(async () => {
  // Believes X-Forwarded-For from loopback, as behind the shipped nginx: a forged header then speaks for "elsewhere".
  instance = await startInstance({ TRUSTED_PROXIES: "127.0.0.1", LOG_LEVEL: "info", METRICS_TOKEN });
});
test.afterAll(() => instance?.stop());

const lineFor = (requestId: string) => instance.logLines().find((line) => line.requestId === requestId && line.msg === "request");

test("a request's id comes back as a header and names its JSON log line; signed-in lines carry the user id, never the address", async ({ browser }) => {
  test.setTimeout(60_000);
  const response = await fetch(`${instance.base}/integration`);
  const id = response.headers.get("x-request-id")!;
  expect(id).toMatch(/^[0-9a-f-]{36}$/);
  await expect.poll(() => lineFor(id)).toMatchObject({ level: "info", method: "GET", route: "/integration", status: 200, userId: null });
  expect(typeof lineFor(id)!.durationMs).toBe("number");

  // A trusted proxy's id is kept (nginx sends its $request_id); anyone else's is replaced.
  const fromProxy = await fetch(`${instance.base}/integration`, { headers: { "x-request-id": "nginx-0123456789abcdef" } });
  expect(fromProxy.headers.get("x-request-id")).toBe("nginx-0123456789abcdef");

  // Signed in: the line names the user by id; nothing in the log shows the address or the password.
  const page = await (await browser.newContext({ baseURL: instance.base })).newPage();
  const email = await registerKommune(page, "protokoll");
  const kommune = await page.request.get("/kommune");
  const kommuneId = kommune.headers()["x-request-id"]!;
  await expect.poll(() => lineFor(kommuneId)?.userId).toMatch(/^[0-9a-f-]{36}$/);
  expect(instance.output()).not.toContain(email);
  expect(instance.output()).not.toContain("ein sicheres Passwort für Tests");
  expect(instance.output()).not.toContain(DEMO_PASSWORD);
  // Tokens in links never reach the log: the route shows a placeholder.
  const invitation = await fetch(`${instance.base}/einladung/AbCdEfGhIjKlMnOpQrStUvWxYz012345`);
  const invitationId = invitation.headers.get("x-request-id")!;
  await expect.poll(() => lineFor(invitationId)?.route).toMatch(/^\/einladung\/\[token\]$|^\(nicht gefunden\)$/);
  expect(instance.output()).not.toContain("AbCdEfGhIjKlMnOpQrStUvWxYz012345");
});

test("an error page shows the request's id, the same the log line carries", async ({ browser }) => {
  test.setTimeout(60_000);
  const context = await browser.newContext({ baseURL: instance.base });
  const page = await context.newPage();
  await registerKommune(page, "fehlerseite");
  await setDatabaseReachable(false);
  let shown: string;
  let header: string;
  try {
    const response = await page.goto("/kommune");
    header = (await response!.allHeaders())["x-request-id"]!;
    await expect(page.getByRole("heading", { level: 1, name: "Etwas ist schiefgegangen" })).toBeVisible();
    shown = (await page.getByText(/^Fehlerkennung für Rückfragen:/).innerText()).replace("Fehlerkennung für Rückfragen:", "").trim();
  } finally {
    await setDatabaseReachable(true);
  }
  expect(shown).toBe(header);
  await expect.poll(() => instance.logLines().find((line) => line.requestId === header && line.level === "error")).toBeTruthy();
  await context.close();
});

test("/api/metrics: loopback and the token get the figures, anyone else and the proxy do not", async () => {
  await fetch(`${instance.base}/integration`);
  const local = await fetch(`${instance.base}/api/metrics`);
  expect(local.status).toBe(200);
  const text = await local.text();
  expect(text).toContain('kurzcheck_http_requests_total{route="/integration",method="GET",status="200"}');
  for (const name of [
    "kurzcheck_http_request_duration_seconds_bucket",
    "kurzcheck_autosave_conflicts_total",
    "kurzcheck_sign_in_failures_total",
    "kurzcheck_sign_in_throttled_total",
    "kurzcheck_db_pool_connections",
    "kurzcheck_job_queue_depth",
  ]) {
    expect(text, name).toContain(name);
  }

  // From elsewhere (a client behind a trusted proxy): refused, unless it holds the token.
  const elsewhere = await fetch(`${instance.base}/api/metrics`, { headers: { "x-forwarded-for": "203.0.113.7" } });
  expect(elsewhere.status).toBe(403);
  expect(await elsewhere.text()).toContain("Kein Zugriff");
  const wrongToken = await fetch(`${instance.base}/api/metrics`, { headers: { "x-forwarded-for": "203.0.113.7", authorization: "Bearer falsch" } });
  expect(wrongToken.status).toBe(403);
  const withToken = await fetch(`${instance.base}/api/metrics`, { headers: { "x-forwarded-for": "203.0.113.7", authorization: `Bearer ${METRICS_TOKEN}` } });
  expect(withToken.status).toBe(200);

  // The shipped proxy never passes it on.
  const port = Number(new URL(instance.base).port) + 20;
  const proxy = await startNginx("e2e-metrics-proxy", port, localProxyConfig(port, new URL(instance.base).host, "e2e-metrics-proxy"));
  try {
    expect((await fetch(`${proxy.base}/api/metrics`)).status).toBe(404);
    expect((await fetch(`${proxy.base}/integration`)).status).toBe(200);
  } finally {
    await proxy.stop();
  }
});

test("/datenschutz states the periods the retention job applies", async ({ page }) => {
  // The literal periods the issue asks for: the page and the job both read RETENTION, so comparing
  // with it alone could not notice a changed period. retention.int.test.ts runs the job with them.
  expect(RETENTION).toMatchObject({ unconfirmedRegistrationDays: 30, rateLimitHours: 24, expiredLinkDays: 7, auditPseudonymiseYears: 2 });
  await page.goto("/datenschutz");
  const section = page.getByRole("region", { name: "Speicherdauer im Überblick" });
  await expect(section).toContainText("eine nicht bestätigte Registrierung 30 Tage");
  await expect(section).toContainText("gelöscht nach 24 Stunden");
  await expect(section).toContainText("gelöscht 7 Tage danach");
  await expect(section).toContainText("nach 2 Jahren ohne jeden Bezug zu einer Person");
  await expect(page.getByRole("region", { name: "Perspektiven und Workshops" })).toContainText("ohne Netzwerkadresse");
});

test("/admin lists every scheduled job with its last run in German words", async ({ browser }) => {
  await testDb().query(
    `INSERT INTO job_runs (job, started_at, finished_at, ok, summary)
     VALUES ('second-factor-sealing', now(), now(), true, '{"secretsSealed":2,"secretsUnreadable":0}')`,
  );
  const admin = await newPerson(browser);
  await signIn(admin, DEMO.admin);
  await admin.goto("/admin");
  const table = admin.getByRole("table", { name: "Geplante Aufgaben und ihr letzter Lauf" });
  const row = table.getByRole("row").filter({ hasText: "Geheimnisse des zweiten Faktors" });
  await expect(row).toContainText("erfolgreich (versiegelt: 2, nicht lesbar: 0)");
  // No English key of a summary reaches the page.
  await expect(table).not.toContainText(/[a-z]+[A-Z][a-zA-Z]+:/);
  await admin.close();
});
