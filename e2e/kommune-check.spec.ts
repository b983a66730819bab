// Rules guarded: a Kommune fills its check by keyboard with autosave, the
// answers survive a reload, "Check einreichen" needs all 13 and a
// confirmation, the result shows table and chart with the change since the
// last round, the council report prints its chart; two editors never
// overwrite each other silently; another Kommune gets 404 everywhere.
import { expect, test, type Page } from "@playwright/test";
import { CHECK_ITEMS } from "../lib/kurzcheck/items";
import { expectNoAxeViolations } from "./support/a11y";
import { createUser, DEMO, newPerson, registerKommune, setDatabaseReachable, signIn, testDb, uniqueEmail } from "./support/accounts";
import { openDraftFromOverview } from "./support/kommunen";
import { chooseByKeyboard, tabIntoGroup } from "./support/keyboard";

const SCORES = [90, 70, 50, 80, 40, 70, 60, 80, 30, 40, 50, 20, 100];

async function startCheck(page: Page): Promise<string> {
  return openDraftFromOverview(page);
}

const saved = (page: Page) => expect(page.getByText(/^Gespeichert \d{2}:\d{2}$/)).toBeVisible();

test("the whole journey by keyboard: start, answer, reload, submit, result, report", async ({ page }) => {
  test.setTimeout(90_000);
  await signIn(page, DEMO.kommune);
  await page.goto("/kommune");
  // A draft left by another spec is continued, else a new round begins: either way by keyboard.
  await page
    .getByRole("link", { name: /^Entwurf (fortsetzen|prüfen und einreichen)$/ })
    .or(page.getByRole("button", { name: "Kurz-Check beginnen" }))
    .focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/kommune\/checks\/[0-9a-f-]{36}$/);
  const checkId = page.url().split("/").pop()!;
  await expectNoAxeViolations(page);

  await page.getByRole("heading", { level: 1 }).click();
  for (const [index, item] of CHECK_ITEMS.entries()) {
    await tabIntoGroup(page, item.key);
    await chooseByKeyboard(page, SCORES[index]!);
  }
  await page.getByLabel("Anmerkung").first().fill("Beschluss vom 12.03.2024, Drucksache 17/245");
  await expect(page.getByText("13 von 13 beantwortet")).toBeVisible();
  await saved(page);

  await page.reload();
  await expect(page.getByText("13 von 13 beantwortet")).toBeVisible();
  await expect(page.getByRole("radiogroup", { name: CHECK_ITEMS[0]!.question }).getByRole("radio", { name: "90 %" })).toBeChecked();
  await expect(page.getByLabel("Anmerkung").first()).toHaveValue("Beschluss vom 12.03.2024, Drucksache 17/245");

  await page.getByRole("button", { name: "Check einreichen" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("button", { name: "Ja, jetzt einreichen" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`/kommune/checks/${checkId}/ergebnis$`));

  const result = page.getByRole("region", { name: "Ihr Ergebnis" });
  await expect(result.getByText(/^Ihr Index:/)).toHaveText("Ihr Index: 60 %");
  const table = result.getByRole("table", { name: "Einschätzung je Frage" });
  await expect(table.getByRole("row", { name: /^1\. Politischer Beschluss/ })).toContainText("+10"); // 80 % in the seeded round
  await expect(result.getByRole("img", { name: /Netzdiagramm/ })).toBeVisible();
  await expectNoAxeViolations(page);

  // Submitted is read-only: the form is gone and the API refuses.
  await page.goto(`/kommune/checks/${checkId}`);
  await expect(page.getByText("lassen sich nicht mehr ändern")).toBeVisible();
  const refused = await page.request.put(`/api/checks/${checkId}/answers/leitbild`, {
    headers: { Origin: new URL(page.url()).origin },
    data: { score: 10, note: "", baseVersion: 1 },
  });
  expect(refused.status()).toBe(409);
  expect((await refused.json()).message).toBe("Dieser Kurz-Check ist eingereicht und kann nicht mehr geändert werden.");

  await page.goto(`/kommune/checks/${checkId}/bericht`);
  await expect(page.getByRole("heading", { level: 1, name: "Markt Musterhausen" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.emulateMedia({ media: "print" });
  const canvas = page.locator("canvas").first();
  await expect(canvas).toBeVisible();
  const inkedPixels = await canvas.evaluate((element) => {
    const c = element as HTMLCanvasElement;
    const data = c.getContext("2d")!.getImageData(0, 0, c.width, c.height).data;
    let count = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) count++;
    return count;
  });
  expect(inkedPixels).toBeGreaterThan(1000);
  await expect(page.getByRole("banner")).toBeHidden();
});

test("submitting with open items names what is missing and changes nothing", async ({ page }) => {
  await registerKommune(page, "unvollstaendig");
  const checkId = await startCheck(page);
  await page.getByRole("radiogroup", { name: CHECK_ITEMS[0]!.question }).getByText("40 %").click();
  await saved(page);
  await page.getByRole("button", { name: "Check einreichen" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Es fehlen noch: Frage 2 (Leitbild)" })).toBeVisible();
  const { rows } = await testDb().query("SELECT status FROM checks WHERE id = $1", [checkId]);
  expect(rows).toEqual([{ status: "draft" }]);
});

// Rule guarded: on a slow phone the page shows its questions before its script runs; what is chosen or typed
// in that moment is saved once the script arrives, never overwritten by the values the page was built with.
test("a choice and a note made before the page's script has loaded are saved", async ({ page }) => {
  await registerKommune(page, "langsam");
  const checkId = await startCheck(page);
  let release!: () => void;
  const scriptsMayLoad = new Promise<void>((resolve) => (release = resolve));
  await page.route("**/_next/static/chunks/**/*.js", async (route) => {
    await scriptsMayLoad;
    await route.continue();
  });
  await page.goto(`/kommune/checks/${checkId}`, { waitUntil: "commit" });
  await page.getByRole("radiogroup", { name: CHECK_ITEMS[1]!.question }).getByText("60 %").click();
  await page.locator(`#anmerkung-${CHECK_ITEMS[1]!.key}`).fill("Vor dem Laden geschrieben");
  release();
  await saved(page);
  await expect(async () => {
    const { rows } = await testDb().query("SELECT score, note FROM answers WHERE check_id = $1 AND item_key = $2", [checkId, CHECK_ITEMS[1]!.key]);
    expect(rows).toEqual([{ score: 60, note: "Vor dem Laden geschrieben" }]);
  }).toPass();
  await page.reload();
  await expect(page.getByRole("radiogroup", { name: CHECK_ITEMS[1]!.question }).getByRole("radio", { name: "60 %" })).toBeChecked();
  await expect(page.locator(`#anmerkung-${CHECK_ITEMS[1]!.key}`)).toHaveValue("Vor dem Laden geschrieben");
});

test("two editors: other items merge, the same item is never overwritten silently", async ({ page, browser }) => {
  const ownerEmail = await registerKommune(page, "zwei");
  const colleagueEmail = uniqueEmail("kollege");
  await createUser({ email: colleagueEmail, organisationOf: ownerEmail });
  const checkId = await startCheck(page);
  const colleague = await newPerson(browser);
  await signIn(colleague, colleagueEmail);
  await colleague.goto(`/kommune/checks/${checkId}`);

  const group = (p: Page, n: number) => p.getByRole("radiogroup", { name: CHECK_ITEMS[n]!.question });
  await group(page, 1).getByText("30 %").click();
  await saved(page);
  await group(colleague, 2).getByText("60 %").click();
  await saved(colleague);

  // Both loaded item 1 unanswered; the colleague's later change collides with the saved 30 %.
  await group(colleague, 1).getByText("70 %").click();
  const conflict = colleague.getByRole("alert").filter({ hasText: "hat diese Frage inzwischen geändert" });
  await expect(conflict).toBeVisible();
  await expect(conflict).toContainText("Gespeicherter Wert: 30 %");
  await expect(conflict).toContainText("Ihre Eingabe: 70 %");
  await expectNoAxeViolations(colleague);
  const stored = async () => (await testDb().query("SELECT item_key, score FROM answers WHERE check_id = $1 ORDER BY item_key", [checkId])).rows;
  expect(await stored()).toEqual([
    { item_key: "leitbild", score: 30 },
    { item_key: "konzept", score: 60 },
  ]);

  await conflict.getByRole("button", { name: "Meine Eingabe behalten" }).click();
  await saved(colleague);
  expect(await stored()).toEqual([
    { item_key: "leitbild", score: 70 },
    { item_key: "konzept", score: 60 },
  ]);
});

test("another Kommune gets 404 for every page and the save API of a check", async ({ page, browser }) => {
  await signIn(page, DEMO.kommune);
  const checkId = await startCheck(page);
  const stranger = await newPerson(browser);
  await signIn(stranger, DEMO.kommune2);
  for (const path of [`/kommune/checks/${checkId}`, `/kommune/checks/${checkId}/ergebnis`, `/kommune/checks/${checkId}/bericht`]) {
    expect((await stranger.goto(path))?.status(), path).toBe(404);
  }
  const forged = await stranger.request.put(`/api/checks/${checkId}/answers/leitbild`, {
    headers: { Origin: new URL(stranger.url()).origin },
    data: { score: 10, note: "", baseVersion: 0 },
  });
  expect(forged.status()).toBe(404);
  const anonymous = await (
    await newPerson(browser)
  ).request.put(`/api/checks/${checkId}/answers/leitbild`, {
    headers: { Origin: new URL(stranger.url()).origin },
    data: { score: 10, note: "", baseVersion: 0 },
  });
  expect(anonymous.status()).toBe(401);
  const { rows } = await testDb().query("SELECT count(*)::int AS n FROM answers WHERE check_id = $1", [checkId]);
  expect(rows[0].n).toBe(0);
});

test("the Kommune's checks download as CSV for German Excel", async ({ page }) => {
  await signIn(page, DEMO.kommune2);
  const response = await page.request.get("/kommune/export");
  expect(response.headers()["content-type"]).toContain("text/csv");
  const text = (await response.body()).toString("utf8");
  expect(text.startsWith("\uFEFFRunde;Status;Eingereicht am;Index (%);Nr.;Frage;Einschätzung (%);Anmerkung;Rückmeldung der Beratung\r\n")).toBe(true);
  // One row per item: round, status, date, index, then the item with its score (note and feedback empty here).
  expect(text).toMatch(/Kurz-Check \d{4};Eingereicht;\d{2}\.\d{2}\.\d{4};29,2;1;Politischer Beschluss;40;;\r\n/);
  expect(text).toMatch(/;29,2;13;Integration ist Chefsache;50;;\r\n/);
});

test("the database stops while someone edits: the failure shows within 5 s, nothing is lost", async ({ page }) => {
  test.setTimeout(90_000);
  await registerKommune(page, "ausfall");
  const checkId = await startCheck(page);
  const group = (n: number) => page.getByRole("radiogroup", { name: CHECK_ITEMS[n]!.question });
  await group(0).getByText("50 %").click();
  await saved(page);

  await setDatabaseReachable(false);
  try {
    await group(1).getByText("70 %").click();
    await page.getByLabel("Anmerkung").nth(2).fill("Konzept in Arbeit");
    await expect(page.getByText(/Nicht gespeichert – wird erneut versucht/)).toBeVisible({ timeout: 5_000 });
  } finally {
    await setDatabaseReachable(true);
  }
  await expect(page.getByText(/^Gespeichert \d{2}:\d{2}$/)).toBeVisible({ timeout: 20_000 });
  await expect
    .poll(async () => (await testDb().query("SELECT item_key, score, note FROM answers WHERE check_id = $1 ORDER BY item_key", [checkId])).rows, {
      timeout: 20_000,
    })
    .toEqual([
      { item_key: "beschluss", score: 50, note: "" },
      { item_key: "leitbild", score: 70, note: "" },
      { item_key: "konzept", score: null, note: "Konzept in Arbeit" },
    ]);
});
