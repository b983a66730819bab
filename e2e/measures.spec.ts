// Rules guarded (issue 12): from result to action — a Kommune adopts next steps as measures in one
// click, edits and closes them, filters its plan and takes it along as iCalendar, CSV and Excel; a
// calendar feed works by its secret address until renewed; bad input and another Kommune's ids are
// refused with German messages and change nothing.
import { expect, test, type Page } from "@playwright/test";
import ExcelJS from "exceljs";
import ICAL from "ical.js";
import { CHECK_ITEMS } from "../lib/kurzcheck/items";
import { expectNoAxeViolations } from "./support/a11y";
import { createUser, DEMO, newPerson, newStaffAccount, signIn, testDb, uniqueEmail } from "./support/accounts";

async function resultOf(page: Page, email: string) {
  const { rows } = await testDb().query<{ id: string }>(
    `SELECT c.id FROM checks c JOIN memberships m ON m.organisation_id = c.organisation_id JOIN users u ON u.id = m.user_id
     WHERE u.email = $1 AND c.status <> 'draft' ORDER BY c.submitted_at LIMIT 1`,
    [email],
  );
  await page.goto(`/kommune/checks/${rows[0]!.id}/ergebnis`);
}

async function measureCount(email: string): Promise<number> {
  const { rows } = await testDb().query(
    "SELECT count(*)::int AS n FROM measures ms JOIN memberships m ON m.organisation_id = ms.organisation_id JOIN users u ON u.id = m.user_id WHERE u.email = $1",
    [email],
  );
  return rows[0].n;
}

test("adopt three next steps, edit one, mark one done; filter and download the plan", async ({ page }) => {
  test.setTimeout(90_000);
  const email = uniqueEmail("planerin");
  await createUser({ email, organisationOf: DEMO.kommune2, membershipRole: "member" });
  await signIn(page, email);

  const adopted: string[] = [];
  for (let n = 0; n < 3; n++) {
    await resultOf(page, email);
    const step = page.getByRole("list", { name: "Nächste Schritte je Frage" }).getByRole("listitem").nth(n);
    const heading = await step.getByRole("heading").innerText();
    adopted.push(heading);
    await step.getByRole("link", { name: "Als Maßnahme übernehmen" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Neue Maßnahme" })).toBeVisible();
    // Prefilled: title, one item ticked, due in six months, target one band up.
    await expect(page.getByLabel("Maßnahme", { exact: true })).not.toHaveValue("");
    await expect(page.getByLabel("Fällig am")).not.toHaveValue("");
    await expect(page.getByLabel("Zielwert", { exact: true })).not.toHaveValue("");
    if (n === 0) await expectNoAxeViolations(page);
    await page.getByLabel("Verantwortlich", { exact: true }).selectOption({ label: "Eine Stelle oder Rolle (unten eintragen)" });
    await page.getByLabel("Stelle oder Rolle").fill(n === 0 ? "Amt für Soziales" : "Hauptamt");
    await page.getByRole("button", { name: "Maßnahme speichern" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Die Maßnahme ist gespeichert." })).toBeVisible();
  }
  expect(await measureCount(email)).toBeGreaterThanOrEqual(3);

  // Edit the last one: new title, mark it done, add a progress note.
  await page.getByLabel("Maßnahme", { exact: true }).fill("Beschwerdestelle benannt und bekannt gemacht");
  await page.getByLabel("Status").selectOption({ label: "erledigt" });
  await page.getByRole("button", { name: "Maßnahme speichern" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Beschwerdestelle benannt und bekannt gemacht" })).toBeVisible();
  await page.getByRole("textbox", { name: "Fortschritt" }).fill("Dienstanweisung am 3. Mai unterschrieben.");
  await page.getByRole("button", { name: "Eintrag speichern" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Ihr Eintrag ist gespeichert." })).toBeVisible();
  await expect(page.getByText("Dienstanweisung am 3. Mai unterschrieben.")).toBeVisible();
  await expectNoAxeViolations(page);

  await page.goto("/kommune/massnahmen");
  await expectNoAxeViolations(page);
  await page.getByLabel("Status").selectOption({ label: "erledigt" });
  await page.getByRole("button", { name: "Anzeigen" }).click();
  await expect(page.getByRole("list", { name: "Maßnahmen" }).getByRole("listitem")).toHaveCount(1);
  await expect(page.getByRole("list", { name: "Maßnahmen" })).toContainText("Beschwerdestelle benannt");

  // Downloads: iCalendar that a parser reads, CSV for German Excel, a real .xlsx.
  await expect(page.getByRole("link", { name: /Kalender \(iCal\)/ })).toBeVisible();
  const ics = await (await page.request.get("/kommune/massnahmen/kalender")).text();
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const events = calendar.getAllSubcomponents("vevent").map((vevent) => new ICAL.Event(vevent));
  expect(events.length).toBeGreaterThanOrEqual(3);
  expect(events.some((event) => event.summary.includes("Beschwerdestelle benannt"))).toBe(true);
  expect(events[0]!.startDate.isDate).toBe(true); // an all-day entry on the due date

  const csv = (await (await page.request.get("/kommune/massnahmen/export")).body()).toString("utf8");
  expect(csv.startsWith("\uFEFFMaßnahme;Beschreibung;Fragen;Verantwortlich;Fällig am;Zielwert (%);Status;Überfällig;Letzter Eintrag")).toBe(true);
  expect(csv).toContain("Amt für Soziales");

  await expect(page.getByRole("link", { name: /Excel/ }).first()).toBeVisible();
  const xlsx = await (await page.request.get("/kommune/massnahmen/excel")).body();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(xlsx as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet("Maßnahmen")!;
  expect(sheet.getRow(1).getCell(1).value).toBe("Maßnahme");
  expect(sheet.rowCount).toBeGreaterThanOrEqual(4);
});

test("bad input and another Kommune's measures: German messages, nothing changed", async ({ page, browser }) => {
  const email = uniqueEmail("plan-pruefung");
  await createUser({ email, organisationOf: DEMO.kommune2, membershipRole: "member" });
  await signIn(page, email);
  const before = await measureCount(email);
  await page.goto("/kommune/massnahmen/neu");
  await page.getByRole("button", { name: "Maßnahme speichern" }).click();
  await expect(page.getByText("Bitte benennen Sie die Maßnahme.").first()).toBeVisible();
  await expect(page.getByText("Bitte wählen Sie mindestens eine Frage des Kurz-Checks.").first()).toBeVisible();

  // Forged values: a target off the grid, an unknown item, a person of another Kommune.
  const { rows } = await testDb().query<{ id: string }>("SELECT id FROM users WHERE email = $1", [DEMO.kommune]);
  await page.getByLabel("Maßnahme", { exact: true }).fill("Gefälschte Werte");
  await page.getByLabel(`${CHECK_ITEMS[0]!.number}. ${CHECK_ITEMS[0]!.title}`).check();
  await page.evaluate((strangerId) => {
    const target = document.querySelector<HTMLSelectElement>('select[name="targetScore"]')!;
    target.add(new Option("55 %", "55"));
    target.value = "55";
    const responsible = document.querySelector<HTMLSelectElement>('select[name="verantwortlich"]')!;
    responsible.add(new Option("Fremde Person", strangerId));
    responsible.value = strangerId;
    const box = document.querySelector<HTMLInputElement>('input[name="items"]')!;
    box.value = "gibt-es-nicht";
  }, rows[0]!.id);
  await page.getByRole("button", { name: "Maßnahme speichern" }).click();
  await expect(page.getByText("Bitte wählen Sie einen Zielwert zwischen 0").first()).toBeVisible();
  await expect(page.getByText("Diese Frage gibt es im Kurz-Check nicht.").first()).toBeVisible();
  expect(await measureCount(email)).toBe(before);

  // Another Kommune's measure answers 404, by page and by action.
  const owner = await newPerson(browser);
  await signIn(owner, DEMO.kommune);
  await owner.goto("/kommune/massnahmen/neu");
  await owner.getByLabel("Maßnahme", { exact: true }).fill("Maßnahme von Musterhausen");
  await owner.getByLabel(`${CHECK_ITEMS[1]!.number}. ${CHECK_ITEMS[1]!.title}`).check();
  await owner.getByLabel("Verantwortlich", { exact: true }).selectOption({ label: "Kim Kommune" });
  await owner.getByLabel("Fällig am").fill("2027-03-31");
  await owner.getByRole("button", { name: "Maßnahme speichern" }).click();
  await expect(owner.getByRole("status").filter({ hasText: "gespeichert" })).toBeVisible();
  const foreignId = owner.url().split("/").pop()!.split("?")[0]!;
  expect((await page.goto(`/kommune/massnahmen/${foreignId}`))?.status()).toBe(404);
  await page.goto("/kommune/massnahmen");
  await expect(page.getByText("Maßnahme von Musterhausen")).toHaveCount(0);
  const csv = await (await page.request.get("/kommune/massnahmen/export")).text();
  expect(csv).not.toContain("Maßnahme von Musterhausen");

  // The calendar feed: the secret address works, a renewed one revokes it, a made-up one is 404.
  await owner.goto("/kommune/massnahmen");
  await owner.getByRole("button", { name: "Neue Kalenderadresse erzeugen" }).click();
  const first = (await owner.getByRole("status").filter({ hasText: "Ihre Kalenderadresse" }).innerText()).match(/https?:\/\/\S+\/api\/kalender\/[\w-]+/)![0];
  const anonymous = await newPerson(browser);
  const feed = await anonymous.request.get(new URL(first).pathname);
  expect(feed.status()).toBe(200);
  expect(await feed.text()).toContain("Maßnahme von Musterhausen");
  await owner.reload();
  await owner.getByRole("button", { name: "Neue Kalenderadresse erzeugen" }).click();
  await expect(owner.getByRole("status").filter({ hasText: "Ihre Kalenderadresse" })).toBeVisible();
  expect((await anonymous.request.get(new URL(first).pathname)).status()).toBe(404);
  expect((await anonymous.request.get("/api/kalender/ausgedacht-ausgedacht-ausgedacht-ausgedacht")).status()).toBe(404);
});

test("advisors read a plan, comment a measure and release it; Kommunen cannot reach the advisors' view", async ({ page, browser }) => {
  test.setTimeout(90_000); // two people, two sign-ins and an axe run: over 30 s on a busy machine
  const owner = await newPerson(browser);
  await signIn(owner, DEMO.kommune2);
  await owner.goto("/kommune/massnahmen/neu");
  await owner.getByLabel("Maßnahme", { exact: true }).fill("Netzwerktreffen vierteljährlich");
  await owner.getByLabel(`${CHECK_ITEMS[7]!.number}. ${CHECK_ITEMS[7]!.title}`).check();
  await owner.getByLabel("Verantwortlich", { exact: true }).selectOption({ label: "Sam Stadt" });
  await owner.getByLabel("Fällig am").fill("2020-01-31"); // in the past: allowed, with a hint
  await owner.getByRole("button", { name: "Maßnahme speichern" }).click();
  await expect(owner.getByRole("status").filter({ hasText: "Fälligkeitsdatum liegt in der Vergangenheit" })).toBeVisible();
  const measurePath = new URL(owner.url()).pathname;

  const { rows } = await testDb().query<{ id: string }>("SELECT id FROM organisations WHERE name = 'Stadt Beispielstadt'");
  const planPath = `/beratung/kommunen/${rows[0]!.id}/massnahmen`;
  expect((await owner.goto(planPath))?.status()).toBe(403);

  await signIn(page, await newStaffAccount("advisor"));
  await page.goto("/beratung");
  await expect(page.getByRole("region", { name: "Überfällige Maßnahmen" })).toContainText("Stadt Beispielstadt");
  await page.goto(planPath);
  await expectNoAxeViolations(page);
  const form = page.getByRole("form", { name: "Kommentar zu „Netzwerktreffen vierteljährlich“" });
  await form.getByRole("textbox", { name: "Kommentar" }).fill("Gute Idee – laden Sie auch das Jobcenter ein.");
  await form.getByRole("button", { name: "Kommentar speichern" }).click();
  await expect(form.getByRole("status")).toContainText("Kommentar gespeichert");

  // Not yet released: the Kommune does not see it.
  await owner.goto(measurePath);
  await expect(owner.getByText("laden Sie auch das Jobcenter ein")).toHaveCount(0);
  await page.getByRole("button", { name: "Kommentare freigeben" }).click();
  await expect(page.getByRole("status").filter({ hasText: "freigegeben" })).toBeVisible();
  await owner.reload();
  await expect(owner.getByText("Gute Idee – laden Sie auch das Jobcenter ein.")).toBeVisible();
});
