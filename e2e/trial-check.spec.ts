// Rules guarded: the anonymous Kurz-Check works by keyboard alone (Tab, arrow
// keys, Space), keeps its answers in the browser across a reload, shows the
// index with a table alternative to its chart, links each item to its factor
// page, and "Zurücksetzen" clears everything.
import { expect, test } from "@playwright/test";
import { CHECK_ITEMS } from "../lib/kurzcheck/items";
import { nextStepFor } from "../lib/kurzcheck/next-steps";
import { expectNoAxeViolations } from "./support/a11y";
import { chooseByKeyboard, tabIntoGroup } from "./support/keyboard";

const SCORES = [80, 60, 40, 70, 30, 60, 50, 70, 20, 30, 40, 10, 90]; // mean 50

test("complete the trial by keyboard, keep it over a reload, reset it", async ({ page }) => {
  // 13 groups walked key by key plus axe: a slower CI machine needs more than the default budget.
  test.setTimeout(90_000);
  await page.goto("/kurz-check");
  await expect(page.getByText("0 von 13 beantwortet")).toBeVisible();

  // Start at the first radio group's heading area by focusing the form's title region.
  await page.getByRole("heading", { name: "Kurz-Check ausprobieren" }).click();
  for (const [index, item] of CHECK_ITEMS.entries()) {
    await tabIntoGroup(page, item.key);
    await chooseByKeyboard(page, SCORES[index]!);
    await expect(page.getByRole("radiogroup", { name: item.question }).getByRole("radio", { name: `${SCORES[index]} %`, exact: true })).toBeChecked();
  }

  await expect(page.getByText("13 von 13 beantwortet")).toBeVisible();
  const result = page.getByRole("region", { name: "Ihr Ergebnis" });
  await expect(result.getByText(/^Ihr Index:/)).toHaveText("Ihr Index: 50 %");
  await expect(result.getByText("Auf dem Weg.", { exact: false })).toBeVisible();
  const table = result.getByRole("table", { name: "Einschätzung je Frage" });
  await expect(table.getByRole("row")).toHaveCount(14);
  await expect(table.getByRole("row", { name: /13\. Integration ist Chefsache/ })).toContainText("90 %");
  await expect(result.getByRole("img", { name: /Netzdiagramm/ })).toBeVisible();
  // Every item gets its next step, the weakest first, with its own advice for its level.
  const steps = result.getByRole("list", { name: "Nächste Schritte je Frage" }).getByRole("listitem");
  await expect(steps).toHaveCount(13);
  await expect(steps.first()).toContainText("Schutz vor Diskriminierung: 10 %");
  await expect(steps.first()).toContainText(nextStepFor(CHECK_ITEMS[11]!, "low").text);
  // A low score on the AGG complaints office is flagged as a legal duty, whatever the index.
  await expect(result.getByRole("note").filter({ hasText: "§ 13 AGG" })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.reload();
  await expect(page.getByText("13 von 13 beantwortet")).toBeVisible();
  await expect(page.getByRole("radiogroup", { name: CHECK_ITEMS[0]!.question }).getByRole("radio", { name: "80 %" })).toBeChecked();

  await page.getByRole("button", { name: "Zurücksetzen" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByText("0 von 13 beantwortet")).toBeVisible();
  await expect(page.getByRole("region", { name: "Ihr Ergebnis" })).toHaveCount(0);
  await page.reload();
  await expect(page.getByText("0 von 13 beantwortet")).toBeVisible();
});

test("every item of the trial links to its success factor pages", async ({ page }) => {
  await page.goto("/kurz-check");
  const items = page.getByRole("list", { name: "Fragen des Kurz-Checks" }).getByRole("listitem");
  await expect(items).toHaveCount(13);
  for (const [index, item] of CHECK_ITEMS.entries()) {
    const hrefs = await items
      .nth(index)
      .locator('a[href^="/erfolgsfaktoren/"]')
      .evaluateAll((links) => links.map((a) => a.getAttribute("href")));
    expect(hrefs).toEqual(item.factors.map((slug) => `/erfolgsfaktoren/${slug}`));
  }
  for (const item of CHECK_ITEMS) {
    for (const slug of item.factors) expect((await page.request.get(`/erfolgsfaktoren/${slug}`)).status()).toBe(200);
  }
});

test("chart.js arrives only when a result is shown", async ({ page }) => {
  const scripts: string[] = [];
  page.on("response", async (response) => {
    if (response.request().resourceType() === "script") scripts.push(await response.text().catch(() => ""));
  });
  await page.goto("/kurz-check");
  await page.evaluate(
    (keys) => {
      window.localStorage.setItem("kurzcheck.trial.v1", JSON.stringify(Object.fromEntries(keys.map((k) => [k, 50]))));
    },
    CHECK_ITEMS.map((item) => item.key),
  );
  await page.reload();
  await expect(page.getByRole("img", { name: /Netzdiagramm/ })).toBeVisible();
  expect(scripts.some((body) => body.includes("radialLinear"))).toBe(true);
});
