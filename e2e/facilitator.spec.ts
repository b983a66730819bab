// Rules guarded (issue 25): what a facilitator and a Kommune hit on a phone and at the projector.
// A refused form shows its errors where the person is looking and keeps what was typed; ending a
// workshop asks first and says who is still answering; released feedback is one tap away; the
// header leaves a phone's screen to the content and guests get a minimal frame; nothing scrolls
// sideways at 320 px; the trial can be undone and kept; the presentation mode pages by keyboard;
// a new round can start from the last one's answers.
import { expect, test, type Browser, type Page } from "@playwright/test";
import { CHECK_ITEMS } from "../lib/kurzcheck/items";
import { expectNoAxeViolations } from "./support/a11y";
import { DEMO, latestMail, newPerson, newStaffAccount, registerKommune, signIn, testDb, uniqueEmail } from "./support/accounts";
import { freshDraft, startWorkshop } from "./support/workshops";

test.use({ actionTimeout: 15_000 });

const PHONE = { viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true } as const;

/** Whether the element is inside the visible part of the window. */
async function inView(page: Page, selector: string): Promise<boolean> {
  return page
    .locator(selector)
    .first()
    .evaluate((el) => {
      const box = el.getBoundingClientRect();
      return box.top >= 0 && box.top < window.innerHeight;
    });
}

async function sideways(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

async function answerAll(page: Page, scoreOf: (index: number) => number) {
  for (const [index, item] of CHECK_ITEMS.entries()) {
    await page
      .getByRole("radiogroup", { name: item.question })
      .getByText(`${scoreOf(index)} %`, { exact: true })
      .click();
  }
}

async function phoneAt(browser: Browser, code: string): Promise<Page> {
  const phone = await (await browser.newContext(PHONE)).newPage();
  await phone.goto(`/mitmachen/${code}`);
  return phone;
}

test("a refused form shows its errors where the person looks, links the fields and keeps what was typed", async ({ browser }) => {
  test.setTimeout(120_000);
  const owner = await newPerson(browser);
  const checkId = await freshDraft(owner, "fehler");
  const { code } = await startWorkshop(owner, checkId);
  const phone = await phoneAt(browser, code);
  // The guest picks a perspective, answers two questions, writes a note, and sends from the bottom of the page.
  await phone.getByRole("radiogroup", { name: "Ihre Perspektive" }).getByLabel("Mitarbeitende", { exact: true }).check();
  await phone.getByRole("radiogroup", { name: CHECK_ITEMS[0]!.question }).getByText("60 %", { exact: true }).click();
  await phone.getByLabel("Anmerkung").nth(1).fill("Im Team gibt es dazu unterschiedliche Meinungen.");
  await phone.getByRole("button", { name: "Antworten absenden" }).click();
  const summary = phone.getByRole("alert").filter({ hasText: "Bitte prüfen Sie Ihre Angaben" });
  await expect(summary).toBeFocused();
  await expect.poll(() => inView(phone, '[role="alert"][tabindex="-1"]')).toBe(true);
  await expect(summary.getByRole("link")).toHaveCount(12);
  // A link leads into the question: its first scale step takes the focus.
  await summary.getByRole("link", { name: /Frage 2/ }).click();
  await expect(phone.getByRole("radiogroup", { name: CHECK_ITEMS[1]!.question }).getByRole("radio").first()).toBeFocused();
  // Nothing typed is lost.
  await expect(phone.getByRole("radiogroup", { name: CHECK_ITEMS[0]!.question }).getByRole("radio", { name: "60 %" })).toBeChecked();
  await expect(phone.getByLabel("Anmerkung").nth(1)).toHaveValue("Im Team gibt es dazu unterschiedliche Meinungen.");
  await expectNoAxeViolations(phone);

  // Registration on a phone: the refusal is read first, the name stays, the password field says why it is empty.
  const visitor = await (await browser.newContext(PHONE)).newPage();
  await visitor.goto("/registrieren");
  await visitor.getByLabel("Name der Kommune").fill("Gemeinde Fehlerhausen");
  await visitor.getByLabel("Ihr Name").fill("Frieda Fehler");
  await visitor.getByLabel("E-Mail").fill(uniqueEmail("reg-fehler"));
  await visitor.getByLabel("Passwort", { exact: true }).fill("kurz");
  await visitor.getByRole("button", { name: "Registrieren" }).click();
  const registration = visitor.getByRole("alert").filter({ hasText: "Bitte prüfen Sie Ihre Angaben" });
  await expect(registration).toBeFocused();
  await expect(registration).toContainText("aus Sicherheitsgründen nicht aufbewahrt");
  await expect(visitor.getByLabel("Ihr Name")).toHaveValue("Frieda Fehler");
  await expect(visitor.getByLabel("Passwort", { exact: true })).toHaveValue("");
  expect(await sideways(visitor)).toBeLessThanOrEqual(0);
  // The consent checkbox is a target a thumb can hit (24 × 24 px at least).
  const consent = await visitor.getByLabel(/Datenschutzhinweise gelesen/).boundingBox();
  expect(Math.min(consent!.width, consent!.height)).toBeGreaterThanOrEqual(24);

  // A measure without "Verantwortlich", sent from the bottom of the form on a phone.
  await owner.setViewportSize(PHONE.viewport);
  await owner.goto("/kommune/massnahmen/neu");
  await owner.getByLabel("Maßnahme", { exact: true }).fill("Runden Tisch gründen");
  await owner.getByRole("checkbox").first().check();
  await owner.getByRole("button", { name: "Maßnahme speichern" }).click();
  const measure = owner.getByRole("alert").filter({ hasText: "Bitte prüfen Sie Ihre Angaben" });
  await expect(measure).toBeFocused();
  await expect(measure.getByRole("link", { name: /verantwortlich/i })).toBeVisible();
  await expect(owner.getByLabel("Maßnahme", { exact: true })).toHaveValue("Runden Tisch gründen");
});

test("ending a workshop asks first, says who is still answering, and a late guest keeps the answers", async ({ browser }) => {
  test.setTimeout(120_000);
  const owner = await newPerson(browser);
  const checkId = await freshDraft(owner, "beenden");
  const { code } = await startWorkshop(owner, checkId);
  await expect(owner.getByText("Gerade füllt niemand mehr aus.")).toBeVisible();
  const phone = await phoneAt(browser, code);
  await phone.getByRole("radiogroup", { name: "Ihre Perspektive" }).getByLabel("Ehrenamt / Zivilgesellschaft", { exact: true }).check();
  await answerAll(phone, () => 40);
  // The projector learns that one person is still answering.
  await expect(owner.getByText("1 Person beantwortet gerade noch die Fragen.")).toBeVisible();
  await owner.getByRole("button", { name: "Workshop beenden" }).click();
  const question = owner.getByRole("alertdialog", { name: "Workshop jetzt beenden?" });
  await expect(question).toContainText("1 Person beantwortet die Fragen noch");
  await expectNoAxeViolations(owner);
  await question.getByRole("button", { name: "Weiterlaufen lassen" }).click();
  await expect(owner.getByRole("heading", { level: 1, name: "Workshop läuft" })).toBeVisible();
  await owner.getByRole("button", { name: "Workshop beenden" }).click();
  await owner.getByRole("alertdialog").getByRole("button", { name: "Ja, jetzt beenden" }).click();
  await expect(owner.getByRole("heading", { level: 1, name: "Workshop beendet" })).toBeVisible();
  // The guest sends after the end: told so at the top, where the focus goes; the answers stay.
  await phone.getByRole("button", { name: "Antworten absenden" }).click();
  const told = phone.getByRole("alert").filter({ hasText: "Dieser Workshop ist beendet" });
  await expect(told).toBeFocused();
  await expect(phone.getByRole("radiogroup", { name: CHECK_ITEMS[12]!.question }).getByRole("radio", { name: "40 %" })).toBeChecked();
});

test("the presentation shows the room the code, then pages through the results by keyboard", async ({ browser }) => {
  test.setTimeout(150_000);
  const owner = await newPerson(browser);
  const checkId = await freshDraft(owner, "praesentation");
  await answerAll(owner, () => 90);
  const { code, workshopId } = await startWorkshop(owner, checkId);
  await owner.getByRole("link", { name: /Präsentation/ }).click();
  await expect(owner).toHaveURL(new RegExp(`/praesentation/${workshopId}$`));
  await expect(owner.getByText(`Teilnahmecode: ${code}`)).toBeVisible();
  await expect(owner.getByRole("banner")).toHaveCount(0); // no site or account header
  await expect(owner.getByRole("button", { name: "Vollbild" })).toBeVisible();
  await expectNoAxeViolations(owner);
  for (const score of [20, 20, 30]) {
    const phone = await phoneAt(browser, code);
    await phone.getByRole("radiogroup", { name: "Ihre Perspektive" }).getByLabel("Mitarbeitende", { exact: true }).check();
    await answerAll(phone, () => score);
    await phone.getByRole("button", { name: "Antworten absenden" }).click();
    await expect(phone.getByRole("heading", { level: 1, name: "Danke für Ihre Antworten!" })).toBeVisible();
  }
  await expect(owner.getByTestId("antworten")).toHaveText("3");
  await owner.goto(`/kommune/checks/${checkId}/perspektiven/workshop/${workshopId}`);
  await owner.getByRole("button", { name: "Workshop beenden" }).click();
  await owner.getByRole("alertdialog").getByRole("button", { name: "Ja, jetzt beenden" }).click();
  await expect(owner.getByRole("heading", { level: 1, name: "Workshop beendet" })).toBeVisible();
  await owner.goto(`/praesentation/${workshopId}`);
  await expect(owner.getByRole("heading", { level: 1, name: "Ergebnisse des Workshops" })).toBeVisible();
  await owner.keyboard.press("ArrowRight");
  // Every item needs a conversation here (team 90 %, room 20–30 %); the slide says that only the team differs.
  await expect(owner.getByText("Gesprächsbedarf", { exact: true })).toBeVisible();
  await expect(owner.getByText(/nah beieinander.*die Kommune weicht mit 90/)).toBeVisible();
  await expect(owner.getByText("Median 20 %, 20 % bis 30 % (3)").first()).toBeVisible();
  await expectNoAxeViolations(owner);
  await owner.keyboard.press("End");
  await expect(owner.getByText("14 / 14")).toBeVisible();
  await owner.keyboard.press("Home");
  await expect(owner.getByRole("heading", { level: 1, name: "Ergebnisse des Workshops" })).toBeVisible();
  // Another Kommune, and anyone signed out, get nothing of it.
  const other = await newPerson(browser);
  await signIn(other, DEMO.kommune2);
  expect((await other.goto(`/praesentation/${workshopId}`))?.status()).toBe(404);
  const anonymous = await newPerson(browser);
  await anonymous.goto(`/praesentation/${workshopId}`);
  await expect(anonymous).toHaveURL(/\/anmelden/);

  // The round's result on a phone: the perspectives chart numbers its items and keys them below.
  await owner.goto(`/kommune/checks/${checkId}`);
  await owner.getByRole("button", { name: "Check einreichen" }).click();
  await owner.getByRole("button", { name: "Ja, jetzt einreichen" }).click();
  await owner.waitForURL(/\/ergebnis$/);
  await owner.setViewportSize(PHONE.viewport);
  await owner.reload();
  const perspectives = owner.getByRole("region", { name: "Perspektiven" });
  await expect(perspectives.getByRole("list", { name: "Nummern im Diagramm" })).toBeVisible();
  await expect(perspectives).toContainText("Der Median ist der mittlere Wert");
  // The council report says what will print, numbers every item once, and speaks of the administration's self-assessment.
  await owner.setViewportSize({ width: 1280, height: 900 });
  await owner.goto(`/kommune/checks/${checkId}/bericht`);
  await expect(owner.getByLabel(/Mit Anhang/)).toBeChecked();
  await expect(owner.getByText(/zweiten Seite/)).toHaveCount(0);
  await expect(owner.getByText("Frage 13:", { exact: false }).first()).toBeVisible();
  await expect(owner.locator("ol.list-decimal")).toHaveCount(0);
  await expect(owner.getByRole("columnheader", { name: "Selbsteinschätzung" })).toBeVisible();
  await expect(owner.getByRole("columnheader", { name: "Ihr Team" })).toHaveCount(0);
});

test("released feedback is one tap away: a notice at the top and a mail that both lead to it", async ({ browser }) => {
  test.setTimeout(150_000);
  const kommune = await newPerson(browser);
  const owner = await registerKommune(kommune, "feedback-finden");
  await kommune.getByRole("button", { name: "Kurz-Check beginnen" }).click();
  await answerAll(kommune, (index) => (index % 2 ? 40 : 70));
  await kommune.getByRole("button", { name: "Check einreichen" }).click();
  await kommune.getByRole("button", { name: "Ja, jetzt einreichen" }).click();
  await kommune.waitForURL(/\/ergebnis$/);
  const checkId = kommune.url().split("/").at(-2)!;
  const advisor = await newPerson(browser);
  await signIn(advisor, await newStaffAccount("advisor"));
  await advisor.goto(`/beratung/checks/${checkId}`);
  await advisor.getByRole("button", { name: "Prüfung beginnen" }).click();
  await advisor.getByLabel("Kommentar", { exact: true }).nth(4).fill("Hier lohnt sich ein Blick auf die Vorlage zur Zielvereinbarung.");
  await advisor.getByRole("button", { name: "Rückmeldung freigeben" }).click();
  await expect(advisor.getByRole("alertdialog", { name: "Rückmeldung jetzt freigeben?" })).toContainText("erhält eine E-Mail");
  await advisor.getByRole("button", { name: "Ja, freigeben und Kommune benachrichtigen" }).click();
  await expect(advisor.getByRole("status").filter({ hasText: "Die Rückmeldung ist freigegeben" })).toBeVisible();

  const mail = await latestMail(owner, "Rückmeldung");
  expect(mail.text).toContain(`/kommune/checks/${checkId}/ergebnis#rueckmeldung`);
  await kommune.setViewportSize(PHONE.viewport);
  await kommune.goto(`/kommune/checks/${checkId}/ergebnis`);
  await expect(kommune.getByText("Neue Rückmeldung der Beratung")).toBeVisible();
  expect(await inView(kommune, "text=Neue Rückmeldung der Beratung")).toBe(true);
  await kommune.getByRole("link", { name: "Zur Rückmeldung" }).click();
  await expect(kommune).toHaveURL(/#rueckmeldung$/);
  // What the person sees after the jump: the feedback's heading on the screen.
  await expect(kommune.getByRole("heading", { name: "Rückmeldung der Beratung" })).toBeInViewport();
  await expect(kommune.getByRole("region", { name: "Rückmeldung der Beratung" }).getByRole("link", { name: /Frage 5/ })).toBeVisible();
  await kommune.goto("/kommune");
  await expect(kommune.getByRole("link", { name: "Rückmeldung lesen" }).first()).toBeVisible();
  // The advisor's activity feed speaks German, never program ids.
  await advisor.goto("/beratung");
  const feed = await advisor.getByRole("region", { name: /Letzte Aktivitäten|Aktivität/ }).innerText();
  expect(feed).not.toMatch(/\b[a-z]+\.[a-z_]+\b/);
  expect(feed).toContain("Rückmeldung freigegeben");
});

test("on a phone the header leaves the screen to the content; guests get a minimal frame", async ({ browser }) => {
  const page = await (await browser.newContext(PHONE)).newPage();
  await page.goto("/kurz-check");
  const header = await page.getByRole("banner").boundingBox();
  expect(header!.height).toBeLessThan(PHONE.viewport.height * 0.2);
  await expect(page.getByRole("navigation", { name: "Hauptnavigation" })).toBeHidden();
  const menu = page.getByRole("button", { name: "Menü" });
  await expect(menu).toHaveAttribute("aria-expanded", "false");
  await menu.click();
  await expect(page.getByRole("button", { name: "Menü schließen" })).toHaveAttribute("aria-expanded", "true");
  await expect(page.getByRole("navigation", { name: "Hauptnavigation" }).getByRole("link", { name: "Erfolgsfaktoren" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Anmelden" })).toBeVisible();
  await expectNoAxeViolations(page);
  // A workshop guest: the portal's name, nothing to sign in to, no site menu.
  await page.goto("/mitmachen");
  await expect(page.getByRole("link", { name: "Anmelden" })).toHaveCount(0);
  await expect(page.getByRole("navigation", { name: "Hauptnavigation" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: /^Menü/ })).toHaveCount(0);
});

test("at 320 px nothing scrolls sideways: an opened scale explanation, the guest form, long headings", async ({ browser }) => {
  test.setTimeout(90_000);
  const owner = await newPerson(browser);
  const checkId = await freshDraft(owner, "schmal");
  const { code } = await startWorkshop(owner, checkId);
  const narrow = { ...PHONE, viewport: { width: 320, height: 640 } };
  const guest = await (await browser.newContext(narrow)).newPage();
  await guest.goto(`/mitmachen/${code}`);
  for (const summary of await guest.locator("summary").all()) await summary.click();
  expect(await sideways(guest)).toBeLessThanOrEqual(0);
  await owner.setViewportSize(narrow.viewport);
  await owner.goto(`/kommune/checks/${checkId}`);
  for (const summary of await owner.locator("summary").all()) await summary.click();
  expect(await sideways(owner)).toBeLessThanOrEqual(0);
  await owner.goto("/erfolgsfaktoren/agg-beschwerdestelle");
  expect(await sideways(owner)).toBeLessThanOrEqual(0);
});

test("keyboard: a hint on the scales and 'Zum Einreichen' at the top of the check", async ({ page }) => {
  await registerKommune(page, "tastatur");
  await page.getByRole("button", { name: "Kurz-Check beginnen" }).click();
  await expect(page.getByText(/Die Tabulatortaste führt zur Skala einer Frage, die Pfeiltasten wählen dort den Wert/)).toBeVisible();
  // The skip link comes right after the progress: a few tabs, not 79.
  await page.getByRole("heading", { level: 1 }).click();
  let tabs = 0;
  while (tabs < 15) {
    await page.keyboard.press("Tab");
    tabs += 1;
    if (await page.getByRole("link", { name: "Zum Einreichen" }).evaluate((el) => el === document.activeElement)) break;
  }
  expect(tabs).toBeLessThan(15);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#einreichen$/);
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Check einreichen" })).toBeFocused();
  // The sticky progress is opaque: text scrolling under it stays unreadable behind it.
  const background = await page
    .locator(".sticky")
    .first()
    .evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(background).toBe("rgb(255, 255, 255)");
});

test("the trial: reset can be undone, the result is kept as a link, the path and bands follow the answers", async ({ page, browser }) => {
  await page.goto("/kurz-check");
  // Concept at 70 %, everything else lower: the path must not send this Kommune to write a concept.
  await answerAll(page, (index) => (CHECK_ITEMS[index]!.key === "konzept" ? 70 : index % 3 === 0 ? 20 : 40));
  const path = page.getByRole("heading", { name: "Ihr Weg durch die nächsten 12 Monate" }).locator("..");
  await expect(path).not.toContainText("Integrationskonzept (70");
  await expect(path).toContainText(`${CHECK_ITEMS[0]!.title} (20`);
  await expect(page.getByText(/Am Anfang unter 35/).first()).toBeVisible();
  const link = await page.getByLabel("Link zu diesem Ergebnis").inputValue();
  expect(link).toMatch(/\/kurz-check#antworten=(\d+-){12}\d+$/);

  await page.getByRole("button", { name: "Zurücksetzen" }).click();
  await expect(page.getByText("Alle 13 Antworten wurden gelöscht.")).toBeVisible();
  await page.getByRole("button", { name: "Rückgängig" }).click();
  await expect(page.getByText("13 von 13 beantwortet")).toBeVisible();

  // The link opens the same result elsewhere; nothing of it went to the server.
  const elsewhere = await newPerson(browser);
  const requests: string[] = [];
  elsewhere.on("request", (request) => requests.push(request.url()));
  await elsewhere.goto(link);
  await expect(elsewhere.getByText("13 von 13 beantwortet")).toBeVisible();
  await expect(elsewhere.getByRole("radiogroup", { name: CHECK_ITEMS[2]!.question }).getByRole("radio", { name: "70 %" })).toBeChecked();
  expect(requests.filter((url) => url.includes("antworten="))).toEqual([]);
  await expect(elsewhere.getByRole("button", { name: "Ergebnis drucken oder als PDF speichern" })).toBeVisible();
});

test("a new round starts from last round's answers, marked until confirmed, and is named by year and number", async ({ browser }) => {
  test.setTimeout(120_000);
  const page = await newPerson(browser);
  await registerKommune(page, "neue-runde");
  await page.getByRole("button", { name: "Kurz-Check beginnen" }).click();
  await answerAll(page, () => 50);
  await page.getByRole("button", { name: "Check einreichen" }).click();
  await page.getByRole("button", { name: "Ja, jetzt einreichen" }).click();
  await page.waitForURL(/\/ergebnis$/);
  await page.goto("/kommune");
  await page.getByLabel(/Antworten der letzten Runde übernehmen/).check();
  await page.getByRole("button", { name: "Kurz-Check beginnen" }).click();
  await page.waitForURL(/\/kommune\/checks\/[0-9a-f-]{36}$/);
  const year = new Date().getFullYear();
  await expect(page.getByRole("heading", { level: 1, name: `Kurz-Check ${year}, 2. Runde` })).toBeVisible();
  await expect(page.getByText("13 von 13 beantwortet")).toBeVisible();
  await expect(page.getByText(`aus ${year} übernommen`)).toHaveCount(13);
  await page.getByRole("button", { name: "Unverändert bestätigen (Frage 1)" }).click();
  await page.getByRole("radiogroup", { name: CHECK_ITEMS[1]!.question }).getByText("70 %", { exact: true }).click();
  await expect(page.getByText(`aus ${year} übernommen`)).toHaveCount(11);
  await expect(page.getByText(/^Gespeichert \d{2}:\d{2}$/)).toBeVisible();
  await page.reload();
  await expect(page.getByText(`aus ${year} übernommen`)).toHaveCount(11);
  await page.goto("/kommune");
  await expect(page.getByRole("link", { name: "Entwurf prüfen und einreichen" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Kurz-Check beginnen" })).toHaveCount(0);
  const { rows } = await testDb().query(
    "SELECT count(*)::int AS n FROM answers a JOIN checks c ON c.id = a.check_id WHERE c.round_title = $1 AND a.carried_over",
    [`Kurz-Check ${year}, 2. Runde`],
  );
  expect(rows[0].n).toBeGreaterThanOrEqual(11);
});
