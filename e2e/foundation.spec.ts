// Rules guarded: the page shell is German, keyboard-friendly (skip link),
// accessible (axe, WCAG 2.1 AA), loads nothing from other origins, and every
// response carries the baseline security headers; /api/health reports the database.
import { expect, test } from "@playwright/test";
import { collectForeignRequests, expectNoAxeViolations } from "./support/a11y";

test("home page: German, skip link, no axe violations, no third-party requests", async ({ page, baseURL }) => {
  const foreign = collectForeignRequests(page, baseURL!);
  const response = await page.goto("/");
  expect(response?.status()).toBe(200);
  await expect(page.locator("html")).toHaveAttribute("lang", "de");
  await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);

  // The skip link is the first stop of the keyboard and moves focus to the main content.
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Zum Inhalt springen" });
  await expect(skip).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator("main#inhalt")).toBeFocused();

  await expectNoAxeViolations(page);
  expect(foreign).toEqual([]);
});

test("unknown address: German not-found page with status 404", async ({ page }) => {
  const response = await page.goto("/gibt-es-nicht");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Seite nicht gefunden" })).toBeVisible();
  await expectNoAxeViolations(page);
});

test("security headers on pages and API responses", async ({ request }) => {
  for (const path of ["/", "/api/health"]) {
    const response = await request.get(path);
    const headers = response.headers();
    expect(headers["strict-transport-security"]).toContain("max-age=");
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    const csp = headers["content-security-policy"] ?? "";
    for (const directive of ["object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'", "default-src 'self'"]) {
      expect(csp).toContain(directive);
    }
    expect(csp).not.toMatch(/https?:\/\//); // no third-party source anywhere in the policy
    expect(headers["x-powered-by"]).toBeUndefined();
  }
});

test("health answers 200 from the running app", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: "ok" });
});
