// Rules guarded (issue 27): a Kommune starts a resident survey and prints its poster; twelve
// residents answer on phones in German, Turkish and Arabic (nothing sideways, Arabic right to left,
// the privacy notice on the first screen); the result counts twelve answers, sets "Sicht der
// Befragten" beside the Kommune's own Kurz-Check and says "zu wenige Antworten" for the groups by
// migration history; a second answer from the same browser is refused; another Kommune gets 404,
// an advisor reads the aggregates; axe is clean on every page of the journey.
import { expect, test, type Browser, type Page } from "@playwright/test";
import { CHECK_ITEMS } from "../lib/kurzcheck/items";
import { composeMessages, translatorFor, type Translate } from "../lib/i18n/messages";
import { LOCALES, type GuestLocale } from "../lib/i18n/locales";
import { surveyStatements } from "../lib/kurzcheck/survey";
import { expectNoAxeViolations } from "./support/a11y";
import { DEMO, newPerson, registerKommune, signIn, testDb } from "./support/accounts";
import { freshDraft } from "./support/workshops";

test.use({ actionTimeout: 15_000 });

const PHONE = { viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true } as const;
const wording = (locale: GuestLocale): Translate => translatorFor(locale, composeMessages(locale).messages);

async function phone(browser: Browser): Promise<Page> {
  return (await browser.newContext(PHONE)).newPage();
}

/** Every statement answered with the answer `value` (5 "stimme voll zu" … 1, 0 "weiß nicht"), found by its words in the resident's language. */
async function answerStatements(page: Page, t: Translate, value: number) {
  for (const statement of surveyStatements(1)) {
    await page
      .getByRole("radiogroup", { name: t(`befragung.aussage.${statement.key}`) })
      .getByText(t(`befragung.skala.${value}`), { exact: true })
      .click();
  }
}

test("a Kommune asks its residents: poster, twelve phones in three languages, the residents' view beside the check", async ({ browser }) => {
  test.setTimeout(420_000);
  const owner = await newPerson(browser);
  const checkId = await freshDraft(owner, "befragung");
  // The Kommune rates its Willkommenskultur at 90 %.
  const welcome = CHECK_ITEMS.find((item) => item.key === "willkommen")!;
  await owner.getByRole("radiogroup", { name: welcome.question }).getByText("90 %", { exact: true }).click();
  await expect(owner.getByText(/^Gespeichert/)).toBeVisible();

  await owner.getByRole("navigation", { name: "Bereich Kommune" }).getByRole("link", { name: "Befragungen" }).click();
  await expect(owner.getByRole("heading", { level: 1, name: "Befragungen" })).toBeVisible();
  await expectNoAxeViolations(owner);
  // Without a title: the message stands where the owner looks, nothing is started.
  const form = owner.getByRole("form", { name: "Befragung starten" });
  await form.getByRole("button", { name: "Befragung starten" }).click();
  await expect(owner.getByText("Bitte geben Sie der Befragung einen Titel.").first()).toBeVisible();
  await form.getByLabel("Titel").fill("Zusammenleben 2026");
  for (const unwanted of ["Română", "Polski", "Українська", "Русский", "فارسی", "Leichte Sprache", "English"]) await form.getByLabel(unwanted).uncheck();
  await form.getByRole("button", { name: "Befragung starten" }).click();
  await expect(owner.getByRole("heading", { level: 1, name: "Zusammenleben 2026" })).toBeVisible();
  const code = (await owner.getByRole("heading", { name: /^Befragungscode: / }).innerText()).replace("Befragungscode: ", "").trim();
  const surveyPath = new URL(owner.url()).pathname;
  await expect(owner.getByText(`/befragung/${code}`)).toBeVisible();
  await expect(owner.getByRole("img", { name: /QR-Code zur Befragung/ })).toBeVisible();
  await expectNoAxeViolations(owner);

  // The poster: the Kommune's name, one line in each chosen language, the QR code, the address.
  await owner.getByRole("link", { name: /Aushang/ }).click();
  const poster = owner.getByRole("article", { name: "Aushang" });
  await expect(poster.getByText("Gemeinde befragung")).toBeVisible();
  for (const locale of ["de", "tr", "ar"] as const) {
    const line = poster.getByText(wording(locale)("befragung.aushangEinladung"), { exact: true });
    await expect(line).toHaveAttribute("lang", LOCALES[locale].htmlLang);
    await expect(line).toHaveAttribute("dir", LOCALES[locale].dir);
  }
  await expect(poster.getByText(wording("pl")("befragung.aushangEinladung"))).toHaveCount(0);
  await expect(poster.getByRole("img", { name: /QR-Code/ })).toHaveAttribute("src", /^data:image\/svg\+xml/);
  await expect(poster.getByText(code, { exact: true })).toBeVisible();
  await expectNoAxeViolations(owner);

  // Twelve residents: seven who immigrated themselves or whose parents did, five who did not.
  const residents: { locale: GuestLocale; value: number; migration: string }[] = [
    ...Array.from({ length: 4 }, () => ({ locale: "de" as const, value: 5, migration: "nein" })),
    { locale: "de", value: 5, migration: "keine" },
    ...Array.from({ length: 4 }, () => ({ locale: "tr" as const, value: 2, migration: "selbst" })),
    ...Array.from({ length: 3 }, () => ({ locale: "ar" as const, value: 2, migration: "eltern" })),
  ];
  let last: Page | null = null;
  for (const [index, resident] of residents.entries()) {
    const t = wording(resident.locale);
    const page = await phone(browser);
    // From the poster's QR code, then the language chosen among those offered.
    await page.goto(`/befragung/${code}`);
    const chooser = page.getByRole("form", { name: /Sprache/ });
    await expect(chooser.getByRole("option")).toHaveText(["Deutsch", "Türkçe", "العربية"]);
    await chooser.getByLabel(/Sprache/).selectOption({ label: LOCALES[resident.locale].name });
    await chooser.getByRole("button").click();
    await expect(page.locator("html")).toHaveAttribute("lang", LOCALES[resident.locale].htmlLang);
    await expect(page.locator("html")).toHaveAttribute("dir", LOCALES[resident.locale].dir);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(t("befragung.titel"));
    // The privacy notice is on the first screen, in the resident's language.
    await expect(page.getByRole("heading", { name: t("datenschutz.titel") })).toBeInViewport();
    if (index === 0 || index === 5 || index === 9) await expectNoAxeViolations(page);
    await answerStatements(page, t, resident.value);
    await page
      .getByRole("radiogroup", { name: t("befragung.zugewandert") })
      .getByLabel(t(`befragung.zugewandertOption.${resident.migration}`))
      .check();
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), `${resident.locale} at 375 px`).toBeLessThanOrEqual(0);
    if (resident.locale === "ar") {
      // The narrowest phones too: right to left, nothing sideways at 320 px.
      await page.setViewportSize({ width: 320, height: 700 });
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), "ar at 320 px").toBeLessThanOrEqual(0);
      await page.setViewportSize(PHONE.viewport);
    }
    await page.getByRole("button", { name: t("befragung.absenden") }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(t("befragung.dankeTitel"));
    if (index === residents.length - 1) last = page;
    else await page.context().close();
  }

  // A thirteenth try from the last resident's browser: the form is not offered again, and a form
  // kept open in another tab is refused when sent.
  const again = await last!.context().newPage();
  await again.goto(`/befragung/${code}?sprache=ar`);
  const arabic = wording("ar");
  await expect(again.getByText(arabic("befragung.schonGeantwortet"))).toBeVisible();
  await expect(again.getByRole("button", { name: arabic("befragung.absenden") })).toHaveCount(0);
  const { rows } = await testDb().query("SELECT count(*)::int AS n FROM survey_responses r JOIN surveys s ON s.id = r.survey_id WHERE s.code = $1", [code]);
  expect(rows[0].n).toBe(12);

  // The result: twelve answers, the residents' view beside the Kurz-Check, the groups withheld.
  await owner.goto(surveyPath);
  await expect(owner.getByRole("heading", { name: "12 Antworten" })).toBeVisible();
  const view = owner.getByRole("region", { name: "Sicht der Befragten" });
  // 7 × "stimme eher nicht zu" (25) and 5 × "stimme voll zu" (100): 56 of 100, 34 points below the Kommune's 90 %.
  await expect(view.getByText("Ihre Einschätzung 90 % – Sicht der Befragten 56 von 100")).toBeVisible();
  // Each language has fewer than ten answers: none is named on its own.
  await expect(owner.getByRole("table", { name: "Antworten je Sprache" })).toContainText("weitere Sprachen");
  await expect(owner.getByRole("table", { name: "Antworten je Sprache" })).not.toContainText("Türkçe");
  // While the survey runs the groups stay hidden; after the end, seven and five are too few.
  await expect(owner.getByText(/Die Aufteilung nach Zuwanderungsgeschichte erscheint, wenn die Befragung beendet ist/)).toBeVisible();
  await expectNoAxeViolations(owner);
  await owner.getByRole("button", { name: "Befragung beenden" }).click();
  await owner.getByRole("button", { name: "Ja, Befragung beenden" }).click();
  await expect(owner.getByText(/Zu wenige Antworten/)).toBeVisible();
  await expect(owner.getByText(`Befragungscode: ${code}`)).toHaveCount(0);
  // A gap becomes a measure with the area already filled in.
  await view
    .getByRole("link", { name: /Als Maßnahme übernehmen/ })
    .first()
    .click();
  await expect(owner.getByLabel("Maßnahme", { exact: true })).toHaveValue("Willkommen und Zugehörigkeit: Sicht der Befragten verbessern");

  // Another Kommune: 404 for the survey and its poster; anonymous visitors go to sign-in.
  const other = await newPerson(browser);
  await registerKommune(other, "fremde-befragung");
  expect((await other.goto(surveyPath))?.status()).toBe(404);
  expect((await other.goto(`${surveyPath}/aushang`))?.status()).toBe(404);
  const anonymous = await newPerson(browser);
  await anonymous.goto(surveyPath);
  expect(new URL(anonymous.url()).pathname).toBe("/anmelden");

  // An advisor reads the aggregates from the Kommune's page.
  const { rows: survey } = await testDb().query("SELECT id, organisation_id FROM surveys WHERE code = $1", [code]);
  const advisor = await newPerson(browser);
  await signIn(advisor, DEMO.advisor);
  await advisor.goto(`/beratung/kommunen/${survey[0].organisation_id}`);
  await advisor.getByRole("region", { name: "Befragungen der Einwohner*innen" }).getByRole("link", { name: "Zusammenleben 2026" }).click();
  await expect(advisor.getByRole("heading", { name: "12 Antworten" })).toBeVisible();
  await expectNoAxeViolations(advisor);
  void checkId;
});

test("bad codes and forged answers get the resident's language, and nothing is written", async ({ browser }) => {
  const page = await phone(browser);
  const turkish = wording("tr");
  await page.goto("/befragung?sprache=tr");
  await page.getByLabel(turkish("workshop.code")).fill("zzzz9999");
  await page.getByRole("button", { name: turkish("workshop.teilnehmen") }).click();
  await expect(page.getByRole("alert").filter({ hasText: turkish("befragung.beendet") })).toBeVisible();
  const unknown = await page.goto("/befragung/NICHTDA?sprache=tr");
  expect(unknown?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(turkish("befragung.nichtGefunden"));
  await expectNoAxeViolations(page);

  // A forged value in an open survey: refused in Turkish, the answers stay on the screen, nothing is stored.
  const db = testDb();
  const code = `F${Date.now().toString(36).toUpperCase().slice(-7)}`;
  const { rows: organisation } = await db.query("SELECT id FROM organisations ORDER BY created_at LIMIT 1");
  await db.query(
    "INSERT INTO surveys (organisation_id, title, code, languages, instrument_version, ends_on) VALUES ($1, 'Probe', $2, '{de,tr}', 1, current_date + 7)",
    [organisation[0].id, code],
  );
  await page.goto(`/befragung/${code}?sprache=tr`);
  await answerStatements(page, turkish, 4);
  await page.locator('input[name="aussage-w1"]:checked').evaluate((input) => ((input as HTMLInputElement).value = "7"));
  await page.getByRole("button", { name: turkish("befragung.absenden") }).click();
  await expect(
    page
      .getByRole("alert")
      .filter({ hasText: turkish("befragung.ungueltig") })
      .first(),
  ).toBeVisible();
  await expect(page.locator('input[name="aussage-w2"]:checked')).toHaveCount(1);
  const { rows } = await db.query("SELECT count(*)::int AS n FROM survey_responses r JOIN surveys s ON s.id = r.survey_id WHERE s.code = $1", [code]);
  expect(rows[0].n).toBe(0);
});
