// Rules guarded: the reverse-proxy configuration the repository ships
// (lib/operations/deploy/nginx/kurz-check.conf), run by nginx in front of the test app,
// caches public pages and serves build assets from disk with long caching and
// compression — but never caches a signed-in page, so one Kommune's page can
// never reach another browser; sign-in, registration (server actions) and
// autosave work through it.
import { expect, test, type Browser } from "@playwright/test";
import { localProxyConfig, startNginx, type RunningNginx } from "../lib/tooling/local-nginx";
import { DEMO, registerKommune, signIn } from "./support/accounts";

const appPort = Number(process.env.E2E_PORT ?? 3100);
const proxyPort = appPort + 2;
let proxy: RunningNginx;

test.beforeAll(async () => {
  proxy = await startNginx("e2e-proxy", proxyPort, localProxyConfig(proxyPort, `127.0.0.1:${appPort}`, "e2e-proxy"));
});
test.afterAll(async () => {
  await proxy?.stop();
});

/** Signs in through the proxy with the sign-in form (a server action); returns the session cookie. */
async function signInThroughProxy(browser: Browser, email: string): Promise<string> {
  const context = await browser.newContext({ baseURL: proxy.base });
  await signIn(await context.newPage(), email);
  const session = (await context.cookies()).find((cookie) => cookie.name === "authjs.session-token");
  await context.close();
  expect(session, "session cookie after sign-in through the proxy").toBeTruthy();
  return `${session!.name}=${session!.value}`;
}

test("public pages are cached, assets come from disk with a year of caching, text is compressed", async () => {
  const first = await fetch(`${proxy.base}/integration`);
  const firstBody = await first.text();
  expect(first.status).toBe(200);
  expect(first.headers.get("x-cache-status")).toBe("MISS");
  const second = await fetch(`${proxy.base}/integration`);
  expect(second.headers.get("x-cache-status")).toBe("HIT");
  expect(await second.text()).toBe(firstBody);

  const script = /src="(\/_next\/static\/[^"]+\.js)"/.exec(firstBody)?.[1];
  expect(script).toBeTruthy();
  const asset = await fetch(`${proxy.base}${script}`, { headers: { "Accept-Encoding": "gzip" } });
  expect(asset.status).toBe(200);
  expect(asset.headers.get("cache-control")).toContain("immutable");
  expect(asset.headers.get("content-encoding")).toBe("gzip");

  const page = await fetch(`${proxy.base}/erfolgsfaktoren`, { headers: { "Accept-Encoding": "gzip" } });
  expect(page.headers.get("content-encoding")).toBe("gzip");
});

test("a body over 3 MB gets a German page from the proxy, never its English one", async () => {
  const response = await fetch(`${proxy.base}/kommune/indikatoren`, { method: "POST", body: new Uint8Array(10 * 1024 * 1024) }).catch(() => null);
  // nginx may answer before it has read the whole body; what arrives is its German page.
  expect(response?.status).toBe(413);
  const text = await response!.text();
  expect(text).toContain("Die gesendete Datei ist zu groß");
  expect(text).toContain('lang="de"');
});

test("a signed-in page is never cached: another visitor never gets it", async ({ browser }) => {
  const cookie = await signInThroughProxy(browser, DEMO.kommune);
  for (let i = 0; i < 2; i++) {
    const response = await fetch(`${proxy.base}/kommune`, { headers: { Cookie: cookie }, redirect: "manual" });
    expect(response.status).toBe(200);
    expect(response.headers.get("x-cache-status")).not.toBe("HIT");
    expect(response.headers.get("cache-control")).toContain("no-store");
    expect(await response.text()).toContain("Markt Musterhausen");
  }
  const other = await signInThroughProxy(browser, DEMO.kommune2);
  const theirs = await fetch(`${proxy.base}/kommune`, { headers: { Cookie: other }, redirect: "manual" });
  const theirPage = await theirs.text();
  expect(theirPage).toContain("Stadt Beispielstadt");
  expect(theirPage).not.toContain("Markt Musterhausen");

  const anonymous = await fetch(`${proxy.base}/kommune`, { redirect: "manual" });
  expect(anonymous.status).toBeGreaterThanOrEqual(300);
  expect(anonymous.status).toBeLessThan(400);
  expect(anonymous.headers.get("location")).toContain("/anmelden");
  expect(await anonymous.text()).not.toContain("Markt Musterhausen");
});

test("registration, a new check and its autosave work through the proxy", async ({ browser }) => {
  const context = await browser.newContext({ baseURL: proxy.base });
  const page = await context.newPage();
  await registerKommune(page, "proxy");
  await page.getByRole("button", { name: "Kurz-Check beginnen" }).click();
  await expect(page).toHaveURL(/\/kommune\/checks\/[0-9a-f-]{36}$/);
  // As a user does: click the visible step (the radio itself is visually hidden inside it).
  await page.getByRole("radiogroup").first().getByText("70 %", { exact: true }).click();
  await expect(page.getByText(/Gespeichert \d{1,2}:\d{2}/)).toBeVisible();
  await page.reload();
  await expect(page.getByRole("radiogroup").first().getByRole("radio", { name: "70 %" })).toBeChecked();
  await context.close();
});
