// Rules guarded (issue 26): everyone who answers without an account reads the pages in their
// language. In each of the ten languages a guest joins a workshop on a phone, answers and submits —
// nothing scrolls sideways at 375 or 320 px, Arabic and Farsi run right to left with the scale
// mirrored — and the projector counts them; axe is clean in German, Turkish and Arabic; the browser's
// language is honoured and a forged one refused in German; a reload keeps a guest's answers and an
// ended workshop is reported in the guest's language with the answers still on screen; an admin
// exports Turkish, a translator changes a line, the admin imports it and it shows as reviewed.
import ExcelJS from "exceljs";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { CHECK_ITEMS } from "../lib/kurzcheck/items";
import { composeMessages, translatorFor, type Translate } from "../lib/i18n/messages";
import { GUEST_LOCALES, LOCALES, type GuestLocale } from "../lib/i18n/locales";
import { PERSPECTIVE_KEYS } from "../lib/kurzcheck/perspectives";
import { expectNoAxeViolations } from "./support/a11y";
import { newPerson, newStaffAccount, signIn } from "./support/accounts";
import { freshDraft, startWorkshop } from "./support/workshops";

test.use({ actionTimeout: 15_000 });

const PHONE = { viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true } as const;

/** What a guest of `locale` reads (the shipped draft, German where it has no text), as the pages render it. */
const wording = (locale: GuestLocale): Translate => translatorFor(locale, composeMessages(locale).messages);

async function sideways(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

/** A phone; with `locale` its browser is set to that language (and sends it as Accept-Language). */
async function phone(browser: Browser, options: { locale?: string } = {}): Promise<Page> {
  const context = await browser.newContext({ ...PHONE, ...(options.locale ? { locale: options.locale } : {}) });
  return context.newPage();
}

/** Clicks a score of every question, found by its question in the guest's language. */
async function answerAll(page: Page, t: Translate, score: (index: number) => number) {
  for (const [index, item] of CHECK_ITEMS.entries()) {
    await page
      .getByRole("radiogroup", { name: t(`instrument.${item.key}.question`) })
      .getByText(t.percent(score(index)), { exact: true })
      .click();
  }
}

test("a guest joins, answers and submits in each of the ten languages, at 375 and 320 px", async ({ browser }) => {
  test.setTimeout(480_000);
  const owner = await newPerson(browser);
  const checkId = await freshDraft(owner, "sprachen");
  const { code } = await startWorkshop(owner, checkId);
  for (const [index, locale] of GUEST_LOCALES.entries()) {
    const t = wording(locale);
    const guest = await phone(browser);
    await guest.goto("/mitmachen");
    // The chooser is named with "Sprache" in every language and lists each language by its own name.
    const chooser = guest.getByRole("form", { name: /Sprache/ });
    await chooser.getByLabel(/Sprache/).selectOption({ label: LOCALES[locale].name });
    await chooser.getByRole("button").click();
    await expect(guest).toHaveURL(new RegExp(`sprache=${locale}`));
    await expect(guest.locator("html")).toHaveAttribute("lang", LOCALES[locale].htmlLang);
    await expect(guest.locator("html")).toHaveAttribute("dir", LOCALES[locale].dir);
    await expect(guest.getByRole("heading", { level: 1 })).toHaveText(t("workshop.beitretenTitel"));

    await guest.getByLabel(t("workshop.code")).fill(code.toLowerCase());
    await guest.getByRole("button", { name: t("workshop.teilnehmen") }).click();
    await expect(guest.getByRole("heading", { level: 1 })).toHaveText(t("workshop.formTitel"));
    // The language stays with the guest: the form is in it, without a choice made again.
    await expect(guest.locator("html")).toHaveAttribute("lang", LOCALES[locale].htmlLang);
    expect(await sideways(guest), `${locale} at 375 px`).toBeLessThanOrEqual(0);
    await guest.setViewportSize({ width: 320, height: 700 });
    expect(await sideways(guest), `${locale} at 320 px`).toBeLessThanOrEqual(0);

    // The scale reads from the reader's start side: 0 % left of 10 % in German, right of it in Arabic and Farsi.
    const firstQuestion = guest.getByRole("radiogroup", { name: t(`instrument.${CHECK_ITEMS[0]!.key}.question`) });
    const zero = (await firstQuestion.getByText(t.percent(0), { exact: true }).boundingBox())!;
    const ten = (await firstQuestion.getByText(t.percent(10), { exact: true }).boundingBox())!;
    if (LOCALES[locale].dir === "rtl") expect(zero.x, `${locale}: 0 % starts on the right`).toBeGreaterThan(ten.x);
    else expect(zero.x).toBeLessThan(ten.x);

    const perspective = PERSPECTIVE_KEYS[index % PERSPECTIVE_KEYS.length]!;
    await guest
      .getByRole("radiogroup", { name: t("workshop.perspektive") })
      .getByLabel(t(`perspektiven.${perspective}`), { exact: true })
      .check();
    await answerAll(guest, t, (item) => (item * 10 + index * 10) % 110);
    await guest.getByRole("button", { name: t("fragebogen.absenden") }).click();
    await expect(guest.getByRole("heading", { level: 1 })).toHaveText(t("workshop.dankeTitel"));
    await expect(guest.locator("html")).toHaveAttribute("dir", LOCALES[locale].dir);
    // Never a raw key: nothing on the page looks like "workshop.dankeTitel".
    expect(await guest.locator("main").innerText()).not.toMatch(/\b(workshop|fragebogen|fehler|rahmen|instrument)\.[a-zA-Z]/);
    await guest.context().close();
  }
  // The owner's live count includes every language.
  await expect(owner.getByTestId("antworten")).toHaveText(String(GUEST_LOCALES.length));
});

test("axe finds nothing on the guest pages in German, Turkish and Arabic, with and without errors", async ({ browser }) => {
  test.setTimeout(180_000);
  const owner = await newPerson(browser);
  const { code } = await startWorkshop(owner, await freshDraft(owner, "sprachen-axe"));
  for (const locale of ["de", "tr", "ar"] as const) {
    const t = wording(locale);
    const guest = await phone(browser);
    await guest.goto(`/mitmachen?sprache=${locale}`);
    await expectNoAxeViolations(guest);
    await guest.getByRole("button", { name: t("workshop.teilnehmen") }).click();
    // An empty code: refused in the guest's language, next to the field.
    await expect(guest.getByRole("alert").filter({ hasText: t("workshop.codeFehlt") })).toBeVisible();
    await guest.getByLabel(t("workshop.code")).fill(code);
    await guest.getByRole("button", { name: t("workshop.teilnehmen") }).click();
    await expect(guest.getByRole("heading", { level: 1 })).toHaveText(t("workshop.formTitel"));
    await expectNoAxeViolations(guest);
    // Sent with nothing chosen: the summary is in the guest's language and links the open questions.
    await guest.getByRole("button", { name: t("fragebogen.absenden") }).click();
    const summary = guest.getByRole("alert").filter({ hasText: t("fehler.titel") });
    await expect(summary).toBeFocused();
    await expect(summary.getByRole("link", { name: t("fehler.perspektive") })).toBeVisible();
    const second = CHECK_ITEMS[1]!;
    await expect(
      summary.getByRole("link", { name: t("fehler.frageOffen", { number: second.number, title: t(`instrument.${second.key}.title`) }) }),
    ).toBeVisible();
    await expectNoAxeViolations(guest);
    await guest.context().close();
  }
});

test("the browser's language is honoured, a forged choice is refused in German, and the choice stays for the visit", async ({ browser, request }) => {
  const ukrainian = await phone(browser, { locale: "uk-UA" });
  await ukrainian.goto("/mitmachen");
  await expect(ukrainian.locator("html")).toHaveAttribute("lang", "uk");
  await expect(ukrainian.getByRole("heading", { level: 1 })).toHaveText(wording("uk")("workshop.beitretenTitel"));
  // Dari as browsers name it reads the Persian version, right to left.
  const dari = await phone(browser, { locale: "prs-AF" });
  await dari.goto("/mitmachen");
  await expect(dari.locator("html")).toHaveAttribute("dir", "rtl");

  // A choice overrides the browser's language, and stays for the visit (the next page without ?sprache=).
  await ukrainian.goto("/mitmachen?sprache=ro");
  await expect(ukrainian.locator("html")).toHaveAttribute("lang", "ro");
  await ukrainian.goto("/mitmachen");
  await expect(ukrainian.locator("html")).toHaveAttribute("lang", "ro");

  // A forged value and a header of 200 languages: a page in German (or the browser's language), a German note, no error.
  const forged = await phone(browser);
  const response = await forged.goto(`/mitmachen?sprache=${encodeURIComponent('"><script>alert(1)</script>')}`);
  expect(response?.status()).toBe(200);
  await expect(forged.locator("html")).toHaveAttribute("lang", "de");
  await expect(forged.getByRole("status").filter({ hasText: "Diese Sprache gibt es hier nicht." })).toBeVisible();
  const flood = Array.from({ length: 200 }, (_, index) => `x${index}-QQ;q=0.${(index % 9) + 1}`).join(",");
  const crowded = await request.get("/mitmachen", { headers: { "Accept-Language": flood } });
  expect(crowded.status()).toBe(200);
  expect(await crowded.text()).toContain('lang="de"');
});

test("a reload keeps a guest's answers; a workshop ended meanwhile is reported in their language and the answers stay", async ({ browser }) => {
  test.setTimeout(120_000);
  const t = wording("tr");
  const owner = await newPerson(browser);
  const { code } = await startWorkshop(owner, await freshDraft(owner, "sprachen-neuladen"));
  const guest = await phone(browser);
  await guest.goto(`/mitmachen/${code}?sprache=tr`);
  await guest
    .getByRole("radiogroup", { name: t("workshop.perspektive") })
    .getByLabel(t("perspektiven.integrationsbeirat"), { exact: true })
    .check();
  await answerAll(guest, t, () => 70);
  await guest.getByLabel(t("fragebogen.anmerkung")).first().fill("Meclis olarak bu konuda daha çok bilgi istiyoruz.");
  await guest.reload();
  await expect(guest.getByRole("status").filter({ hasText: t("workshop.gesichert") })).toBeVisible();
  const firstQuestion = guest.getByRole("radiogroup", { name: t(`instrument.${CHECK_ITEMS[0]!.key}.question`) });
  await expect(firstQuestion.getByRole("radio", { name: t.percent(70) })).toBeChecked();
  await expect(guest.getByLabel(t("fragebogen.anmerkung")).first()).toHaveValue("Meclis olarak bu konuda daha çok bilgi istiyoruz.");

  // The facilitator ends the workshop while the guest is still on the form.
  await owner.getByRole("button", { name: "Workshop beenden" }).click();
  await owner.getByRole("alertdialog", { name: "Workshop jetzt beenden?" }).getByRole("button", { name: "Ja, jetzt beenden" }).click();
  await guest.getByRole("button", { name: t("fragebogen.absenden") }).click();
  const refusal = guest.getByRole("alert").filter({ hasText: t("workshop.beendet") });
  await expect(refusal).toBeFocused();
  await expect(firstQuestion.getByRole("radio", { name: t.percent(70) })).toBeChecked();
  await expect(guest.getByLabel(t("fragebogen.anmerkung")).first()).toHaveValue("Meclis olarak bu konuda daha çok bilgi istiyoruz.");
});

test("an admin exports Turkish, a translator changes a line, the admin imports it and it is reviewed; a broken file changes nothing", async ({ browser }) => {
  test.setTimeout(120_000);
  const admin = await newPerson(browser);
  await signIn(admin, await newStaffAccount("admin"));
  await admin.goto("/admin/sprachen");
  await expect(admin.getByRole("heading", { level: 1, name: "Sprachen der Gastseiten" })).toBeVisible();
  await expect(admin.getByRole("note")).toContainText("noch nicht geprüft");
  await expectNoAxeViolations(admin);
  const table = admin.getByRole("table", { name: "Stand der Übersetzungen je Sprache" });
  const turkishRow = table.getByRole("row").filter({ has: admin.getByRole("rowheader", { name: "Türkçe" }) });
  const reviewedBefore = Number((await turkishRow.getByRole("cell").first().innerText()).split(" ")[0]);

  const downloading = admin.waitForEvent("download");
  await turkishRow.getByRole("link", { name: /Türkçe herunterladen/ }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe("uebersetzung-tr.xlsx");
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(await download.path());
  const sheet = book.worksheets[0]!;
  let hintRow: ExcelJS.Row | undefined;
  sheet.eachRow((row) => {
    if (row.getCell(1).value === "workshop.codeHinweis") hintRow = row;
  });
  expect(hintRow!.getCell(4).value).toBe("Entwurf");

  // First a file with a broken placeholder: refused, naming the row; nothing changes.
  let codeLine: ExcelJS.Row | undefined;
  sheet.eachRow((row) => {
    if (row.getCell(1).value === "workshop.codeZeile") codeLine = row;
  });
  const original = codeLine!.getCell(3).value;
  codeLine!.getCell(3).value = "Katılım kodu {code}";
  const upload = admin.getByRole("form", { name: "Übersetzung einlesen" });
  await upload.getByLabel("Sprache").selectOption({ label: "Türkçe" });
  await upload
    .getByLabel("Datei (.xlsx)")
    .setInputFiles({ name: "tr.xlsx", mimeType: "application/octet-stream", buffer: Buffer.from(await book.xlsx.writeBuffer()) });
  await upload.getByRole("button", { name: "Übersetzung einlesen" }).click();
  await expect(upload.getByRole("alert")).toContainText(`Zeile ${codeLine!.number}: Der Platzhalter {kommune} fehlt.`);
  await expect(upload.getByRole("alert")).toContainText("Nichts wurde übernommen.");

  // The corrected file, with one changed line.
  codeLine!.getCell(3).value = original;
  hintRow!.getCell(3).value = "Harf ve rakamlar, örneğin K7P2QX (ekranda yazan kod)";
  await upload.getByLabel("Sprache").selectOption({ label: "Türkçe" });
  await upload
    .getByLabel("Datei (.xlsx)")
    .setInputFiles({ name: "tr.xlsx", mimeType: "application/octet-stream", buffer: Buffer.from(await book.xlsx.writeBuffer()) });
  await upload.getByRole("button", { name: "Übersetzung einlesen" }).click();
  await expect(admin.getByRole("status").filter({ hasText: "Türkçe: 1 Zeile ist jetzt als geprüft übernommen." })).toBeVisible();
  await admin.reload();
  expect(Number((await turkishRow.getByRole("cell").first().innerText()).split(" ")[0])).toBe(reviewedBefore + 1);

  // A guest reads the reviewed line.
  const guest = await phone(browser);
  await guest.goto("/mitmachen?sprache=tr");
  await expect(guest.getByText("Harf ve rakamlar, örneğin K7P2QX (ekranda yazan kod)")).toBeVisible();

  // Not an .xlsx at all.
  await upload.getByLabel("Datei (.xlsx)").setInputFiles({ name: "liste.xlsx", mimeType: "text/plain", buffer: Buffer.from("Schlüssel;Deutsch") });
  await upload.getByRole("button", { name: "Übersetzung einlesen" }).click();
  await expect(upload.getByRole("alert")).toContainText("keine Excel-Datei");
});
