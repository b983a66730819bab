// Rules guarded (issue 11): guidance that helps a Kommune act — every item explains its scale in a
// disclosure that opens by keyboard; the trial gives a next step for every item in the variant for
// the chosen kind of Kommune; every template is a page and a Word file that opens.
import { expect, test } from "@playwright/test";
import { strFromU8, unzipSync } from "fflate";
import { readFileSync } from "node:fs";
import { CHECK_ITEMS } from "../lib/kurzcheck/items";
import { anchorsOf, nextStepFor } from "../lib/kurzcheck/next-steps";
import { TEMPLATE_SLUGS, TEMPLATE_TITLES } from "../lib/templates/catalog";
import { expectNoAxeViolations } from "./support/a11y";

test("the scale anchors open by keyboard beside each question", async ({ page }) => {
  await page.goto("/kurz-check");
  const first = CHECK_ITEMS[0]!;
  const summary = page.getByText(`Was bedeuten 0\u202f%, 50\u202f% und 100\u202f% bei Frage ${first.number}?`);
  await summary.focus();
  await expect(page.getByText(anchorsOf(first.key).at50)).toBeHidden();
  await page.keyboard.press("Enter");
  await expect(page.getByText(anchorsOf(first.key).at50)).toBeVisible();
  await expect(page.getByText(anchorsOf(first.key).at100)).toBeVisible();
  await expectNoAxeViolations(page);
  await page.keyboard.press("Enter");
  await expect(page.getByText(anchorsOf(first.key).at50)).toBeHidden();
});

test("the trial's next steps follow the chosen kind of Kommune", async ({ page }) => {
  await page.goto("/kurz-check");
  await page.evaluate(
    (keys) => {
      window.localStorage.setItem("kurzcheck.trial.v1", JSON.stringify(Object.fromEntries(keys.map((k) => [k, 20]))));
    },
    CHECK_ITEMS.map((item) => item.key),
  );
  await page.reload();
  const steps = page.getByRole("list", { name: "Nächste Schritte je Frage" }).getByRole("listitem");
  await expect(steps).toHaveCount(13);
  const netzwerk = CHECK_ITEMS.find((item) => item.key === "netzwerk")!;
  await page.getByLabel(/Art Ihrer Kommune/).selectOption({ label: "Landkreis" });
  await expect(steps.filter({ hasText: "8. Netzwerk" })).toContainText(nextStepFor(netzwerk, "low", "landkreis").text);
  await page.getByLabel(/Art Ihrer Kommune/).selectOption({ label: "Gemeinde" });
  await expect(steps.filter({ hasText: "8. Netzwerk" })).toContainText(nextStepFor(netzwerk, "low", "gemeinde").text);
  await expect(page.getByText(/Einbürgerungsfeier/)).toHaveCount(0);
  // The choice is kept with the answers in this browser.
  await page.reload();
  await expect(page.getByLabel(/Art Ihrer Kommune/)).toHaveValue("gemeinde");
  await expect(page.getByRole("heading", { name: "Ihr Weg durch die nächsten 12 Monate" })).toBeVisible();
  await expectNoAxeViolations(page);
});

test("every template is a page, and one downloads as a Word file that opens", async ({ page }) => {
  await page.goto("/vorlagen");
  await expectNoAxeViolations(page);
  for (const slug of TEMPLATE_SLUGS) {
    const response = await page.request.get(`/vorlagen/${slug}/word`);
    expect(response.status(), slug).toBe(200);
    expect(response.headers()["content-type"]).toContain("wordprocessingml");
  }
  await page.getByRole("link", { name: TEMPLATE_TITLES.musterbeschluss, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: TEMPLATE_TITLES.musterbeschluss })).toBeVisible();
  await expectNoAxeViolations(page);
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: /Als Word-Datei herunterladen/ }).click()]);
  expect(download.suggestedFilename()).toBe("musterbeschluss.docx");
  const parts = unzipSync(new Uint8Array(readFileSync((await download.path())!)));
  expect(strFromU8(parts["word/document.xml"]!)).toContain("Aktive Integrationspolitik");
  expect((await page.request.get("/vorlagen/gibt-es-nicht/word")).status()).toBe(404);
});
