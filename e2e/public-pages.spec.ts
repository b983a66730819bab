// Rules guarded: every public page answers 200, has exactly one h1, passes axe
// (WCAG 2.1 AA), requests nothing from another origin and is prerendered;
// every factor page is reachable from /erfolgsfaktoren; chart.js is loaded
// only where a chart is shown; zod never reaches the browser.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { SUCCESS_FACTORS } from "../lib/kurzcheck/factors";
import { PUBLIC_PATHS } from "../lib/site";
import { collectForeignRequests, expectNoAxeViolations } from "./support/a11y";

for (const pagePath of PUBLIC_PATHS) {
  test(`public page ${pagePath}: 200, one h1, axe clean, own origin only`, async ({ page, baseURL }) => {
    const foreign = collectForeignRequests(page, baseURL!);
    const response = await page.goto(pagePath);
    expect(response?.status()).toBe(200);
    await expect(page.locator("h1")).toHaveCount(1);
    await expect(page).toHaveTitle(/Kurz-Check Integration/);
    expect(await page.locator('meta[name="description"]').getAttribute("content")).toBeTruthy();
    await expectNoAxeViolations(page);
    expect(foreign).toEqual([]);
  });
}

test("every success factor page is linked from /erfolgsfaktoren", async ({ page }) => {
  await page.goto("/erfolgsfaktoren");
  const hrefs = await page.locator('main a[href^="/erfolgsfaktoren/"]').evaluateAll((links) => links.map((a) => a.getAttribute("href")));
  expect(new Set(hrefs)).toEqual(new Set(SUCCESS_FACTORS.map((f) => `/erfolgsfaktoren/${f.slug}`)));

  // Follow one link like a visitor would.
  await page.getByRole("link", { name: "Netzwerk", exact: true }).click();
  await expect(page).toHaveURL(/\/erfolgsfaktoren\/netzwerk$/);
  await expect(page.getByRole("heading", { level: 1, name: "Netzwerk" })).toBeVisible();
});

test("an unknown factor slug is a 404", async ({ request }) => {
  expect((await request.get("/erfolgsfaktoren/gibt-es-nicht")).status()).toBe(404);
});

test("sitemap.xml lists every public page, robots.txt keeps the signed-in areas out", async ({ request }) => {
  const sitemap = await (await request.get("/sitemap.xml")).text();
  for (const pagePath of PUBLIC_PATHS.filter((p) => p !== "/")) expect(sitemap).toContain(`${pagePath}</loc>`);
  const robots = await (await request.get("/robots.txt")).text();
  expect(robots).toMatch(/Disallow: \/kommune/);
  expect(robots).toMatch(/Disallow: \/beratung/);
});

test("public routes are prerendered at build time (no database on a public request)", () => {
  const manifest = JSON.parse(readFileSync(path.join(process.cwd(), ".next/prerender-manifest.json"), "utf8")) as {
    routes: Record<string, unknown>;
  };
  for (const pagePath of PUBLIC_PATHS) expect(Object.keys(manifest.routes), pagePath).toContain(pagePath);
});

test("the demo's legal pages say they show sample data and print no invented e-mail address", async ({ page }) => {
  for (const pagePath of ["/impressum", "/datenschutz", "/barrierefreiheit", "/unterstuetzung", "/leichte-sprache"]) {
    await page.goto(pagePath);
    await expect(page.getByText(/Beispiel·?angaben/).first(), pagePath).toBeVisible();
    expect(await page.locator('a[href^="mailto:"]').count(), pagePath).toBe(0);
  }
  await expect(page.getByText(/E-Mail-Adresse – in den Beispielangaben nicht eingetragen/).first()).toBeVisible();
});

/** The JavaScript a page loads, as text, to look for a library's code in it. */
function collectScripts(page: Page): string[] {
  const bodies: string[] = [];
  page.on("response", async (response) => {
    if (response.request().resourceType() === "script") bodies.push(await response.text().catch(() => ""));
  });
  return bodies;
}

// "radialLinear" is the id chart.js registers for its radar scale: a string literal that survives minification.
const CHART_JS_MARKER = "radialLinear";

test("chart.js is not loaded by pages without a chart", async ({ page }) => {
  const scripts = collectScripts(page);
  for (const pagePath of ["/", "/erfolgsfaktoren/chefsache", "/integration", "/kurz-check"]) {
    await page.goto(pagePath);
    await page.waitForLoadState("load");
  }
  expect(scripts.length).toBeGreaterThan(0);
  expect(scripts.some((body) => body.includes(CHART_JS_MARKER))).toBe(false);
});

test("zod stays on the server: no script the browser can load contains it", () => {
  // Form state and field names that client components share with server code live in zod-free
  // modules (lib/actions/form-state.ts, lib/validation/review-fields.ts); one stray import put
  // 90 kB (gzip) of zod on every page with a form.
  const chunks = path.join(process.cwd(), ".next/static/chunks");
  const files = readdirSync(chunks).filter((file) => file.endsWith(".js"));
  expect(files.length).toBeGreaterThan(0);
  const withZod = files.filter((file) => readFileSync(path.join(chunks, file), "utf8").includes("ZodError"));
  expect(withZod).toEqual([]);
});
