// Rules guarded (issue 29): a Landkreis records indicator values per year in German notation and from
// a file, sees each indicator's trend beside the band of five or more other Landkreise (never itself),
// finds them on the council report's page "Indikatoren", and a broken file or bad input changes
// nothing and says why where the person looks. Another Kommune, anonymous visitors and Kommune
// members on advisor pages get nothing.
import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./support/a11y";
import { createUser, signIn, testDb, uniqueEmail } from "./support/accounts";
import { seedSubmittedKommunen } from "./support/kommunen";

const UNEMPLOYMENT = "Arbeitslosenquote ausländischer Staatsangehöriger";
const SHARE = "Anteil ausländischer Staatsangehöriger an der Bevölkerung";

async function sideways(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

async function saveValue(page: Page, indicator: string, year: string, value: string) {
  const form = page.getByRole("form", { name: "Wert eintragen" });
  await form.getByLabel("Indikator").selectOption({ label: `${indicator} (%)` });
  await form.getByLabel("Jahr").fill(year);
  await form.getByLabel("Wert").fill(value);
  await form.getByRole("button", { name: "Wert speichern" }).click();
  return form;
}

test("a Landkreis records two years, imports a file, sees the trend beside other Landkreise and in the council report", async ({ page }) => {
  test.slow();
  const [own] = await seedSubmittedKommunen(1, { regierungsbezirk: "unterfranken", kind: "landkreis", scores: 50, label: "Landkreis Kennzahl" });
  await testDb().query("UPDATE organisations SET ags = '09679000' WHERE id = $1", [own]);
  // Five other Landkreise with values for both years: the band appears. 99 for the Kommune itself would
  // pull the median up if it were counted.
  const peers = await seedSubmittedKommunen(5, { regierungsbezirk: "oberpfalz", kind: "landkreis", scores: 50, label: "Landkreis Band" });
  for (const [index, peer] of peers.entries()) {
    await testDb().query(
      "INSERT INTO indicator_values (organisation_id, indicator_key, year, value) VALUES ($1, 'arbeitslosenquote-auslaendisch', 2021, $2), ($1, 'arbeitslosenquote-auslaendisch', 2022, $3)",
      [peer, 5 + index, 4 + index],
    );
  }
  const email = uniqueEmail("indikatoren");
  const userId = await createUser({ email });
  await testDb().query("INSERT INTO memberships (user_id, organisation_id, role) VALUES ($1, $2, 'owner')", [userId, own]);
  const { rows } = await testDb().query<{ id: string }>("SELECT id FROM checks WHERE organisation_id = $1", [own]);

  await signIn(page, email);
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto("/kommune/indikatoren");
  await expect(page.getByRole("heading", { level: 1, name: "Indikatoren" })).toBeVisible();
  await expectNoAxeViolations(page);

  // Bad input: letters and a future year are refused at the field, nothing is stored.
  let form = await saveValue(page, UNEMPLOYMENT, "2021", "zwölf");
  await expect(form.getByText("Bitte geben Sie eine Zahl an, z. B. 12,5.").last()).toBeVisible();
  await expect(form.getByLabel("Wert")).toHaveAttribute("aria-invalid", "true");
  form = await saveValue(page, UNEMPLOYMENT, String(new Date().getFullYear() + 1), "3");
  await expect(form.getByText(/liegt in der Zukunft/).last()).toBeVisible();

  await saveValue(page, UNEMPLOYMENT, "2021", "12,5");
  await expect(page.getByText(`Gespeichert: ${UNEMPLOYMENT}, 2021.`)).toBeVisible();
  await saveValue(page, UNEMPLOYMENT, "2022", "11,8");
  await expect(page.getByText(`Gespeichert: ${UNEMPLOYMENT}, 2022.`)).toBeVisible();

  // A file with two good rows.
  const upload = page.getByRole("form", { name: "Werte aus einer Datei übernehmen" });
  await upload.getByLabel("Datei (CSV oder Excel)").setInputFiles({
    name: "werte.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(`\uFEFFIndikator;Jahr;Wert;Quelle\n${SHARE};2023;14,2;GENESIS\nauslaenderanteil;2024;15;GENESIS\n`),
  });
  await upload.getByRole("button", { name: "Datei einlesen" }).click();
  await expect(upload.getByText("2 Werte sind übernommen.")).toBeVisible();

  // A broken file changes nothing, and names the row.
  await upload.getByLabel("Datei (CSV oder Excel)").setInputFiles({
    name: "kaputt.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(`Indikator;Jahr;Wert\nauslaenderanteil;2022;9\nauslaenderanteil;2021;viel\n`),
  });
  await upload.getByRole("button", { name: "Datei einlesen" }).click();
  await expect(upload.getByText(/^Nichts wurde übernommen\. Zeile 3, Wert:/).first()).toBeVisible();
  const stored = await testDb().query("SELECT year FROM indicator_values WHERE organisation_id = $1 AND indicator_key = 'auslaenderanteil' ORDER BY year", [
    own,
  ]);
  expect(stored.rows.map((row) => row.year)).toEqual([2023, 2024]);

  // The trend beside the band of the five others: median 7 % in 2021 (5, 6, 7, 8, 9), the Kommune's own values never
  // counted. Years no other test writes this indicator for (the integration tests share the database).
  await page.reload();
  const card = page.getByRole("article", { name: UNEMPLOYMENT });
  const table = card.getByRole("table");
  await expect(table.getByRole("row", { name: /^2021/ })).toContainText("12,5 %");
  await expect(table.getByRole("row", { name: /^2021/ })).toContainText("7 % (5)");
  await expect(card.getByRole("table", { name: /Werte anderer Landkreise je Jahr/ })).toBeVisible();
  await expect(table.getByRole("row", { name: /^2021/ })).toContainText("6 % bis 8 %");
  await expect(table.getByRole("row", { name: /^2022/ })).toContainText("11,8 %");
  await expect(card.getByRole("img", { name: /zuletzt 11,8 % \(2022\)/ })).toBeVisible();
  await expect(card).toContainText("Frage 8 „Netzwerk“ (zuletzt 50 %)");
  expect(await sideways(page)).toBeLessThanOrEqual(0);
  await expectNoAxeViolations(page);

  // An indicator as a measure's target.
  await card.getByRole("link", { name: `Maßnahme mit Ziel für „${UNEMPLOYMENT}“ anlegen` }).click();
  await expect(page.getByLabel("Indikator", { exact: true })).toHaveValue("arbeitslosenquote-auslaendisch");
  await page.getByLabel("Maßnahme", { exact: true }).fill("Sprachkurse mit Jobcenter verzahnen");
  await page.getByRole("checkbox", { name: "8. Netzwerk" }).check();
  await page.getByLabel("Verantwortlich", { exact: true }).selectOption("stelle");
  await page.getByLabel("Stelle oder Rolle").fill("Bildungsbüro");
  await page.getByLabel("Zielwert des Indikators").fill("140");
  await page.getByRole("button", { name: "Maßnahme speichern" }).click();
  await expect(page.getByText("Der Wert darf höchstens 100 sein (Einheit: %).").last()).toBeVisible();
  await page.getByLabel("Zielwert des Indikators").fill("9,5");
  await page.getByRole("button", { name: "Maßnahme speichern" }).click();
  await page.waitForURL(/\/kommune\/massnahmen\/[0-9a-f-]+/);
  await page.goto("/kommune/indikatoren");
  await expect(page.getByRole("article", { name: UNEMPLOYMENT })).toContainText("„Sprachkurse mit Jobcenter verzahnen“ – 9,5 %");

  // The council report's page "Indikatoren".
  await page.goto(`/kommune/checks/${rows[0]!.id}/bericht`);
  const report = page.getByRole("region", { name: "Indikatoren" });
  await expect(report.getByRole("row", { name: new RegExp(`^${UNEMPLOYMENT}`) })).toContainText("11,8 % (2022)");
  await expect(report.getByRole("row", { name: new RegExp(`^${UNEMPLOYMENT}`) })).toContainText("12,5 % (2021)");
  await expect(report.getByRole("row", { name: new RegExp(`^${UNEMPLOYMENT}`) })).toContainText("6 %");
  await expectNoAxeViolations(page);
});

test("indicators stay with their Kommune: anonymous, a Kommune on the advisor page, the template", async ({ page, request }) => {
  const anonymous = await request.get("/kommune/indikatoren/vorlage", { maxRedirects: 0 });
  expect(anonymous.status()).toBe(401);
  await page.goto("/kommune/indikatoren");
  await expect(page).toHaveURL(/\/anmelden/);

  const [kommune] = await seedSubmittedKommunen(1, { regierungsbezirk: "schwaben", kind: "gemeinde", scores: 30, label: "Gemeinde Zahl" });
  const email = uniqueEmail("indikator-grenze");
  const userId = await createUser({ email });
  await testDb().query("INSERT INTO memberships (user_id, organisation_id, role) VALUES ($1, $2, 'owner')", [userId, kommune]);
  await signIn(page, email);
  const advisorPage = await page.goto(`/beratung/kommunen/${kommune}/indikatoren`);
  expect(advisorPage?.status()).toBe(403);

  // A Gemeinde is offered the figures it can get: no county-level statistics in its template.
  const template = await page.request.get("/kommune/indikatoren/vorlage?format=csv");
  expect(template.status()).toBe(200);
  const text = await template.text();
  expect(text).toContain(SHARE);
  expect(text).not.toContain(UNEMPLOYMENT);

  // A 10 MB file is refused at the field before it is sent.
  await page.goto("/kommune/indikatoren");
  const upload = page.getByRole("form", { name: "Werte aus einer Datei übernehmen" });
  await upload.getByLabel("Datei (CSV oder Excel)").setInputFiles({ name: "gross.csv", mimeType: "text/csv", buffer: Buffer.alloc(10 * 1024 * 1024, "a") });
  await upload.getByRole("button", { name: "Datei einlesen" }).click();
  await expect(upload.getByText("Die Datei ist größer als 2 MB und wurde nicht gesendet. Bitte wählen Sie eine kleinere Datei.").last()).toBeVisible();
  const stored = await testDb().query("SELECT count(*)::int AS n FROM indicator_values WHERE organisation_id = $1", [kommune]);
  expect(stored.rows[0]!.n).toBe(0);
});
