// Rules guarded (issue 16): flows that used to dead-end or surprise — removing a team member asks
// first and then says what happened; an empty invitation talks about the colleague's address and the
// message stands above the button; every page has a title of its own (404 and 403 included);
// sortings name their order; percentages never break before the sign.
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/a11y";
import { createUser, DEMO, latestMail, newPerson, newStaffAccount, registerKommune, signIn, testDb, uniqueEmail } from "./support/accounts";

test("removing a team member asks first, then says so; an empty invitation names the colleague's address", async ({ page }) => {
  const ownerEmail = await registerKommune(page, "teamfluss");
  const colleague = uniqueEmail("kollege");
  await createUser({ email: colleague, organisationOf: ownerEmail });
  await page.goto("/kommune/team");

  // The invitation's error summary stands above its button and speaks of the other person's address.
  await page.getByRole("button", { name: "Einladung senden" }).click();
  const summary = page.getByRole("alert").filter({ hasText: "Bitte prüfen Sie die markierten Angaben." });
  await expect(summary).toBeVisible();
  await expect(page.getByText("Bitte geben Sie die E-Mail-Adresse der Person an, die Sie einladen möchten.").first()).toBeVisible();
  await expect(page.getByText("Bitte geben Sie Ihre E-Mail-Adresse an.")).toHaveCount(0);
  const [summaryBox, buttonBox] = [await summary.boundingBox(), await page.getByRole("button", { name: "Einladung senden" }).boundingBox()];
  expect(summaryBox!.y).toBeLessThan(buttonBox!.y);

  const name = `Test ${colleague.split("@")[0]}`;
  await page.getByRole("button", { name: `${name} entfernen` }).click();
  const question = page.getByRole("alertdialog", { name: new RegExp(`${name} wirklich aus dem Team entfernen`) });
  await expect(question).toBeVisible();
  await expect(question.getByRole("button", { name: "Ja, entfernen" })).toBeFocused();
  await expectNoAxeViolations(page);
  await question.getByRole("button", { name: "Abbrechen" }).click();
  await expect(page.getByText(colleague)).toBeVisible();

  await page.getByRole("button", { name: `${name} entfernen` }).click();
  await page.getByRole("button", { name: "Ja, entfernen" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Die Person wurde aus dem Team entfernt." })).toBeVisible();
  await expect(page.getByText(colleague)).toHaveCount(0);
  // No message of the earlier invitation attempt lingers.
  await expect(page.getByText("Bitte prüfen Sie die markierten Angaben.")).toHaveCount(0);
  const { rows } = await testDb().query("SELECT count(*)::int AS n FROM memberships m JOIN users u ON u.id = m.user_id WHERE u.email = $1", [colleague]);
  expect(rows[0].n).toBe(0);
});

test("every page has a title of its own, the error pages included", async ({ page, browser }) => {
  // It visits every page of every area (over 40, each area signed in): more than the default 30 s on a busy machine.
  test.setTimeout(90_000);
  const titles = new Map<string, string>();
  const record = async (who: typeof page, path: string) => {
    await who.goto(path);
    const title = await who.title();
    expect(title, path).toMatch(/ – Kurz-Check Integration$/);
    if (titles.has(title)) throw new Error(`${path} has the same title as ${titles.get(title)}: ${title}`);
    titles.set(title, path);
  };
  const { rows } = await testDb().query<{ id: string; organisation_id: string }>(
    "SELECT c.id, c.organisation_id FROM checks c JOIN organisations o ON o.id = c.organisation_id WHERE o.name = 'Markt Musterhausen' AND c.status <> 'draft' LIMIT 1",
  );
  const checkId = rows[0]!.id;
  await signIn(page, DEMO.kommune);
  for (const path of [
    "/kommune",
    "/kommune/team",
    "/kommune/einstellungen",
    `/kommune/checks/${checkId}`,
    `/kommune/checks/${checkId}/ergebnis`,
    `/kommune/checks/${checkId}/bericht`,
    "/konto",
  ]) {
    await record(page, path);
  }
  expect(await page.title()).toBe("Ihr Konto – Kurz-Check Integration");
  await page.goto(`/kommune/checks/${checkId}/ergebnis`);
  expect(await page.title()).toContain("Markt Musterhausen");
  await page.goto("/gibt-es-nicht");
  expect(await page.title()).toBe("Seite nicht gefunden – Kurz-Check Integration");
  await page.goto("/beratung");
  expect(await page.title()).toBe("Kein Zugriff – Kurz-Check Integration");

  const advisor = await newPerson(browser);
  await signIn(advisor, await newStaffAccount("admin"));
  for (const path of [
    "/beratung",
    "/beratung/kommunen",
    `/beratung/kommunen/${rows[0]!.organisation_id}`,
    `/beratung/checks/${checkId}`,
    "/beratung/auswertung",
    "/admin",
  ]) {
    await record(advisor, path);
  }
});

test("sortings name their order; percentages keep their sign on the same line", async ({ page }) => {
  await signIn(page, await newStaffAccount("advisor"));
  await page.goto("/beratung/kommunen");
  await expect(page.getByLabel("Sortierung")).toHaveValue("name");
  await expect(page.getByLabel("Sortierung").locator("option:checked")).toHaveText("Name");
  await expect(page.getByLabel("Reihenfolge").locator("option:checked")).toHaveText("aufsteigend");
  await expect(page.getByLabel("Sortierung").getByRole("option", { name: "alle" })).toHaveCount(0);

  for (const path of ["/kurz-check", "/beratung/auswertung"]) {
    await page.goto(path);
    const plainSpaces = await page.evaluate(() => (document.body.innerText.match(/\d %/g) ?? []).length);
    expect(plainSpaces, `${path}: "70 %" with a breaking space`).toBe(0);
  }
});

test("without SITE_URL (the demo) links in mails point to the address the portal was opened on", async ({ page, baseURL }) => {
  const email = uniqueEmail("link");
  await createUser({ email });
  await page.goto("/passwort-vergessen");
  await page.getByLabel("E-Mail").fill(email);
  await page.getByRole("button", { name: "Link anfordern" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Wenn zu dieser Adresse ein Konto besteht" })).toBeVisible();
  expect((await latestMail(email, "Passwort")).text).toContain(`${new URL(baseURL!).origin}/passwort-zuruecksetzen/`);
});
