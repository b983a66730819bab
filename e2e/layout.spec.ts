// Rules guarded (issue 16): no page with a chart or a table scrolls sideways on a phone
// (WCAG 1.4.10 reflow at 320 px, and the common 375 px); wide tables scroll inside their own
// focusable container instead; the council report prints on one A4 page with every item in the text.
import { expect, test, type Page } from "@playwright/test";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { CHECK_ITEMS } from "../lib/kurzcheck/items";
import { DEMO, newStaffAccount, signIn, testDb } from "./support/accounts";
import { seedSubmittedKommunen } from "./support/kommunen";

async function submittedCheckOf(email: string): Promise<string> {
  const { rows } = await testDb().query<{ id: string }>(
    `SELECT c.id FROM checks c JOIN memberships m ON m.organisation_id = c.organisation_id JOIN users u ON u.id = m.user_id
     WHERE u.email = $1 AND c.status <> 'draft' ORDER BY c.submitted_at LIMIT 1`,
    [email],
  );
  return rows[0]!.id;
}

/**
 * How far the page scrolls sideways at the current viewport, after charts have drawn;
 * with the elements that stick out (outside any scrolling container) when it does.
 */
async function sidewaysOverflow(page: Page): Promise<{ pixels: number; culprits: string[] }> {
  await page.waitForLoadState("networkidle");
  return page.evaluate(() => {
    const scrolls = (el: Element | null): boolean => {
      for (let node = el?.parentElement; node; node = node.parentElement) {
        if (["auto", "scroll"].includes(getComputedStyle(node).overflowX)) return true;
      }
      return false;
    };
    const culprits = [...document.querySelectorAll("body *")]
      .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 0.5 && !scrolls(el))
      .slice(0, 5)
      .map((el) => `<${el.tagName.toLowerCase()} class="${el.getAttribute("class") ?? ""}"> ${(el.textContent ?? "").slice(0, 50)}`);
    return { pixels: document.documentElement.scrollWidth - window.innerWidth, culprits };
  });
}

const WIDTHS = [320, 375];

test("Kommune pages with charts and tables fit a phone screen", async ({ page }) => {
  test.setTimeout(90_000);
  const checkId = await submittedCheckOf(DEMO.kommune);
  await signIn(page, DEMO.kommune);
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 800 });
    for (const path of [
      "/kommune",
      `/kommune/checks/${checkId}`,
      `/kommune/checks/${checkId}/ergebnis`,
      `/kommune/checks/${checkId}/bericht`,
      "/kommune/team",
      "/konto",
    ]) {
      await page.goto(path);
      const overflow = await sidewaysOverflow(page);
      expect(overflow.pixels, `${path} at ${width} px: ${overflow.culprits.join(" | ")}`).toBeLessThanOrEqual(0);
    }
  }
});

test("the public trial's result fits a phone screen", async ({ page }) => {
  await page.goto("/kurz-check");
  await page.evaluate(
    (keys) => {
      window.localStorage.setItem("kurzcheck.trial.v1", JSON.stringify(Object.fromEntries(keys.map((k, i) => [k, (i * 10) % 110]))));
    },
    CHECK_ITEMS.map((item) => item.key),
  );
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 800 });
    await page.reload();
    await expect(page.getByRole("img", { name: /Netzdiagramm/ })).toBeVisible();
    const overflow = await sidewaysOverflow(page);
    expect(overflow.pixels, `/kurz-check at ${width} px: ${overflow.culprits.join(" | ")}`).toBeLessThanOrEqual(0);
  }
});

test("advisor and admin pages fit a phone screen; wide tables scroll in their own region", async ({ page }) => {
  test.setTimeout(90_000);
  const checkId = await submittedCheckOf(DEMO.kommune2);
  const { rows } = await testDb().query<{ id: string }>("SELECT id FROM organisations WHERE name = 'Stadt Beispielstadt'");
  // Enough submitted Kommunen for the statewide chart and tables to appear.
  await seedSubmittedKommunen(5, { regierungsbezirk: "unterfranken", kind: "gemeinde", scores: [30, 50, 70, 20, 40, 60, 80, 10, 50, 40, 30, 20, 90] });
  await signIn(page, await newStaffAccount("admin"));
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 800 });
    for (const path of [
      "/beratung",
      "/beratung/kommunen",
      `/beratung/kommunen/${rows[0]!.id}`,
      `/beratung/checks/${checkId}`,
      "/beratung/auswertung",
      "/admin",
    ]) {
      await page.goto(path);
      const overflow = await sidewaysOverflow(page);
      expect(overflow.pixels, `${path} at ${width} px: ${overflow.culprits.join(" | ")}`).toBeLessThanOrEqual(0);
    }
  }
  // At desktop width the statewide table is whole or scrolls inside its own focusable region.
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto("/beratung/auswertung");
  const region = page.getByRole("region", { name: /Kommunen je Stufe und Frage/ });
  const fits = await region.evaluate((el) => el.scrollWidth <= el.clientWidth || el.tabIndex === 0);
  expect(fits).toBe(true);
  expect((await sidewaysOverflow(page)).pixels).toBeLessThanOrEqual(0);
});

test("the council report prints on one A4 page with all 13 items in its text", async ({ page }) => {
  const checkId = await submittedCheckOf(DEMO.kommune);
  await signIn(page, DEMO.kommune);
  await page.goto(`/kommune/checks/${checkId}/bericht`);
  // The report itself is one sheet; the optional appendix (measures, all next steps) is a page of its own.
  const appendix = page.getByLabel(/Mit Anhang/);
  if (await appendix.isChecked()) await appendix.uncheck();
  await page.emulateMedia({ media: "print" });
  await page.waitForLoadState("networkidle");
  const pdf = await page.pdf({ format: "A4", printBackground: true, preferCSSPageSize: true });
  const document = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false }).promise;
  expect(document.numPages).toBe(1);
  const content = await (await document.getPage(1)).getTextContent();
  const text = content.items
    .map((item) => ("str" in item ? item.str : ""))
    .join(" ")
    .replace(/\s+/g, " ");
  // The chart is a picture; its legend is the table, whose text names every item.
  for (const item of CHECK_ITEMS) expect(text, `${item.number}. ${item.title}`).toContain(`${item.number}. ${item.title}`);
});
