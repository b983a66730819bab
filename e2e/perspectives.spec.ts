// Rules guarded (issue 13): the owner invites people by personal link and runs a workshop where
// guests answer by code on their phones, anonymously and once per browser; the projector counts live,
// also when the vote reaches another app instance; the result, the report and the advisor's review show
// the spread of perspectives with "Gesprächsbedarf" where they lie 30 points apart; a perspective with
// fewer than three answers only counts inside "alle"; every refusal is German and writes nothing;
// another Kommune and anonymous visitors never see a round's perspectives.
import { expect, test, type Browser, type Page } from "@playwright/test";
import { CHECK_ITEMS } from "../lib/kurzcheck/items";
import { expectNoAxeViolations } from "./support/a11y";
import { DEMO, latestMail, linkPath, newPerson, newStaffAccount, registerKommune, signIn, testDb, uniqueEmail } from "./support/accounts";
import { startInstance } from "./support/instance";
import { chooseByKeyboard, tabIntoGroup } from "./support/keyboard";
import { startWorkshop } from "./support/workshops";

test.use({ actionTimeout: 15_000 });

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true } as const;
const FIRST = CHECK_ITEMS[0]!;

async function draftCheck(page: Page, label: string): Promise<{ owner: string; checkId: string }> {
  const owner = await registerKommune(page, label);
  await page.getByRole("button", { name: "Kurz-Check beginnen" }).click();
  await expect(page).toHaveURL(/\/kommune\/checks\/[0-9a-f-]{36}$/);
  return { owner, checkId: page.url().split("/").pop()! };
}

/** Answers every radio group on the page: `first` for item 1, `rest` for the others (by click). */
async function answerAll(page: Page, first: number, rest: number) {
  for (const [index, item] of CHECK_ITEMS.entries()) {
    await page
      .getByRole("radiogroup", { name: item.question })
      .getByText(`${index === 0 ? first : rest} %`, { exact: true })
      .click();
  }
}

/** "Workshop beenden" asks first; the facilitator confirms. */
async function endWorkshop(facilitator: Page) {
  await facilitator.getByRole("button", { name: "Workshop beenden" }).click();
  await facilitator.getByRole("alertdialog", { name: "Workshop jetzt beenden?" }).getByRole("button", { name: "Ja, jetzt beenden" }).click();
}

/** A phone joins by code (typed in lower case with a space), picks a perspective, answers, submits. */
async function joinAndSubmit(browser: Browser, code: string, perspective: string, first: number, rest: number, base?: string): Promise<Page> {
  const phone = await (await browser.newContext({ ...PHONE, ...(base ? { baseURL: base } : {}) })).newPage();
  await phone.goto("/mitmachen");
  await phone.getByLabel("Teilnahmecode").fill(`${code.slice(0, 3).toLowerCase()} ${code.slice(3)}`);
  await phone.getByRole("button", { name: "Teilnehmen" }).click();
  await expect(phone).toHaveURL(new RegExp(`/mitmachen/${code}$`));
  await phone.getByRole("radiogroup", { name: "Ihre Perspektive" }).getByLabel(perspective, { exact: true }).check();
  await answerAll(phone, first, rest);
  await phone.getByRole("button", { name: "Antworten absenden" }).click();
  await expect(phone.getByRole("heading", { level: 1, name: "Danke für Ihre Antworten!" })).toBeVisible();
  return phone;
}

async function responseCount(checkId: string): Promise<number> {
  const { rows } = await testDb().query("SELECT count(*)::int AS n FROM perspective_responses WHERE check_id = $1", [checkId]);
  return rows[0].n;
}

test("invite two, a workshop of five phones, the links answer: the result shows where views differ", async ({ page, browser }) => {
  test.setTimeout(180_000);
  const { checkId } = await draftCheck(page, "perspektiven");
  await answerAll(page, 60, 60);
  await expect(page.getByText(/^Gespeichert \d{2}:\d{2}$/)).toBeVisible();

  await page.getByRole("link", { name: "Perspektiven einholen: Einladungen und Workshop" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /^Perspektiven: / })).toBeVisible();
  await expectNoAxeViolations(page);

  // Two personal invitations, both from civil society.
  const invitees = [uniqueEmail("ehrenamt"), uniqueEmail("ehrenamt")];
  for (const [n, email] of invitees.entries()) {
    const form = page.getByRole("form", { name: "Person einladen" });
    await form.getByLabel("Name oder Rolle").fill(`Freiwilligenagentur ${n + 1}`);
    await form.getByLabel("E-Mail").fill(email);
    await form.getByLabel("Perspektive").selectOption({ label: "Ehrenamt / Zivilgesellschaft" });
    await form.getByRole("button", { name: "Einladung senden" }).click();
    await expect(page.getByRole("status").filter({ hasText: `Die Einladung an ${email} ist verschickt.` })).toBeVisible();
  }

  // The workshop: code, address and QR code on the projector; the count follows every phone.
  const { code } = await startWorkshop(page, checkId);
  await expect(page.getByRole("img", { name: /^QR-Code zum Teilnehmen: .*\/mitmachen\// })).toBeVisible();
  await expect(page.getByTestId("antworten")).toHaveText("0");
  await expectNoAxeViolations(page);

  // The first phone by keyboard alone, with axe on the join page and the questionnaire.
  const keyboardPhone = await (await browser.newContext(PHONE)).newPage();
  await keyboardPhone.goto("/mitmachen");
  await expectNoAxeViolations(keyboardPhone);
  await keyboardPhone.getByLabel("Teilnahmecode").focus();
  await keyboardPhone.keyboard.type(code);
  await keyboardPhone.keyboard.press("Enter");
  await expect(keyboardPhone).toHaveURL(new RegExp(`/mitmachen/${code}$`));
  await expectNoAxeViolations(keyboardPhone);
  await keyboardPhone.getByRole("heading", { level: 1 }).click();
  await tabIntoGroup(keyboardPhone, "perspective");
  await keyboardPhone.keyboard.press("Space"); // the first: Verwaltungsspitze
  for (const [index, item] of CHECK_ITEMS.entries()) {
    await tabIntoGroup(keyboardPhone, item.key);
    await chooseByKeyboard(keyboardPhone, index === 0 ? 100 : 60);
  }
  await expect(keyboardPhone.getByText("13 von 13 beantwortet")).toBeVisible();
  await keyboardPhone.getByRole("button", { name: "Antworten absenden" }).focus();
  await keyboardPhone.keyboard.press("Enter");
  await expect(keyboardPhone.getByRole("heading", { level: 1, name: "Danke für Ihre Antworten!" })).toBeVisible();
  await expect(page.getByTestId("antworten")).toHaveText("1");

  // Two more from the top of the administration, two from civil society.
  await joinAndSubmit(browser, code, "Verwaltungsspitze", 100, 60);
  await joinAndSubmit(browser, code, "Verwaltungsspitze", 90, 60);
  await joinAndSubmit(browser, code, "Ehrenamt / Zivilgesellschaft", 10, 60);
  const lastPhone = await joinAndSubmit(browser, code, "Ehrenamt / Zivilgesellschaft", 20, 60);
  await expect(page.getByTestId("antworten")).toHaveText("5");

  // Once per browser: the same phone gets the thanks again, not a second questionnaire.
  await lastPhone.goto(`/mitmachen/${code}`);
  await expect(lastPhone.getByRole("heading", { level: 1, name: "Danke für Ihre Antworten!" })).toBeVisible();
  await expect(lastPhone.getByRole("button", { name: "Antworten absenden" })).toHaveCount(0);
  // A participant cannot read the count or the results.
  const peek = await lastPhone.request.get(`/api/workshops/${page.url().split("/").pop()}/stand`);
  expect(peek.status()).toBe(401);
  await lastPhone.goto(`/kommune/checks/${checkId}/perspektiven`);
  await expect(lastPhone).toHaveURL(/\/anmelden/);
  expect(await responseCount(checkId)).toBe(5);

  // "Workshop beenden": the distribution per item, and the code stops working.
  await endWorkshop(page);
  await expect(page.getByRole("heading", { level: 1, name: "Workshop beendet" })).toBeVisible();
  await expect(page.getByRole("table").first()).toBeVisible();
  await expectNoAxeViolations(page);
  const late = await (await browser.newContext(PHONE)).newPage();
  await late.goto("/mitmachen");
  await late.getByLabel("Teilnahmecode").fill(code);
  await late.getByRole("button", { name: "Teilnehmen" }).click();
  await expect(late.getByText(/Dieser Workshop ist beendet/).first()).toBeVisible();
  await late.goto(`/mitmachen/${code}`);
  await expect(late.getByRole("heading", { level: 1, name: "Workshop nicht gefunden" })).toBeVisible();

  // The invited people answer by their links, with autosave, and submit.
  for (const email of invitees) {
    const mail = await latestMail(email);
    const guest = await newPerson(browser);
    await guest.goto(linkPath(mail.text, "/perspektive/"));
    await expect(guest.getByText("Perspektive: Ehrenamt / Zivilgesellschaft")).toBeVisible();
    await answerAll(guest, 0, 60);
    await expect(guest.getByText(/^Gespeichert \d{2}:\d{2}$/)).toBeVisible();
    if (email === invitees[0]) {
      // Autosave: a reload keeps the answers.
      await guest.reload();
      await expect(guest.getByRole("radiogroup", { name: FIRST.question }).getByRole("radio", { name: "0 %", exact: true })).toBeChecked();
      await expectNoAxeViolations(guest);
    }
    await guest.getByRole("button", { name: "Antworten absenden" }).click();
    await guest.getByRole("button", { name: "Ja, jetzt absenden" }).click();
    await expect(guest.getByRole("heading", { level: 1, name: "Danke für Ihre Antworten" })).toBeVisible();
    // The link is used up.
    await guest.goto(linkPath(mail.text, "/perspektive/"));
    await expect(guest.getByRole("heading", { level: 1, name: "Link nicht mehr gültig" })).toBeVisible();
  }

  // While the draft is open, each item shows the perspectives so far beside the scale.
  await page.goto(`/kommune/checks/${checkId}`);
  await expect(page.getByText(/Perspektiven bisher:/).first()).toBeVisible();
  await page.getByRole("button", { name: "Check einreichen" }).click();
  await page.getByRole("button", { name: "Ja, jetzt einreichen" }).click();
  await expect(page).toHaveURL(/\/ergebnis$/);

  // Verwaltungsspitze (3 answers, median 100 %) and civil society (4, median 5 %) lie far apart on item 1.
  const spread = page.getByRole("region", { name: "Perspektiven" });
  await expect(spread).toContainText("7 Personen haben die Fragen aus ihrer Sicht beantwortet");
  const discussion = spread.getByRole("list", { name: "Fragen mit Gesprächsbedarf" });
  await expect(discussion.getByRole("listitem")).toHaveCount(1);
  await expect(discussion).toContainText(`1. ${FIRST.title}`);
  const table = spread.getByRole("table", { name: /Antworten je Perspektive/ });
  await expect(table.getByRole("columnheader", { name: "Verwaltungsspitze" })).toBeVisible();
  await expect(table.getByRole("columnheader", { name: "Ehrenamt / Zivilgesellschaft" })).toBeVisible();
  await expect(table.getByRole("row").nth(1)).toContainText("Gesprächsbedarf"); // listed first
  await expect(spread.getByRole("img", { name: /Balkendiagramm/ })).toBeVisible();
  await expectNoAxeViolations(page);

  // The council report and the advisor's review carry the same section.
  await page.goto(`/kommune/checks/${checkId}/bericht`);
  await expect(page.getByRole("region", { name: "Perspektiven" }).getByRole("list", { name: "Fragen mit Gesprächsbedarf" })).toContainText(FIRST.title);
  const advisor = await newPerson(browser);
  await signIn(advisor, await newStaffAccount("advisor"));
  await advisor.goto(`/beratung/checks/${checkId}`);
  await expect(advisor.getByRole("region", { name: "Perspektiven" }).getByRole("list", { name: "Fragen mit Gesprächsbedarf" })).toContainText(FIRST.title);
  await expectNoAxeViolations(advisor);
});

test("a perspective with fewer than three answers only counts inside 'alle'", async ({ page, browser }) => {
  test.setTimeout(90_000);
  const { checkId } = await draftCheck(page, "wenige");
  const { code } = await startWorkshop(page, checkId);
  await joinAndSubmit(browser, code, "Gemeinderat, Stadtrat oder Kreistag", 100, 50);
  await joinAndSubmit(browser, code, "Gemeinderat, Stadtrat oder Kreistag", 100, 50);
  await joinAndSubmit(browser, code, "Mitarbeitende", 0, 50);
  await joinAndSubmit(browser, code, "Mitarbeitende", 0, 50);
  await page.goto(`/kommune/checks/${checkId}/perspektiven`);
  await page.getByRole("link", { name: /Zum laufenden Workshop/ }).click();
  await endWorkshop(page);
  await expect(page.getByRole("heading", { level: 1, name: "Workshop beendet" })).toBeVisible();

  await page.goto(`/kommune/checks/${checkId}`);
  await answerAll(page, 50, 50);
  await expect(page.getByText("13 von 13 beantwortet")).toBeVisible();
  await expect(page.getByText(/^Gespeichert \d{2}:\d{2}$/)).toBeVisible();
  await page.getByRole("button", { name: "Check einreichen" }).click();
  await page.getByRole("button", { name: "Ja, jetzt einreichen" }).click();
  await expect(page).toHaveURL(/\/ergebnis$/);
  const spread = page.getByRole("region", { name: "Perspektiven" });
  const table = spread.getByRole("table", { name: /Antworten je Perspektive/ });
  await expect(table.getByRole("columnheader")).toHaveText(["Frage", "Ihr Team", "alle"]);
  await expect(spread).not.toContainText("Gemeinderat");
  await expect(spread).not.toContainText("Mitarbeitende");
  // Two groups of two disagree completely, but neither may be shown: no "Gesprächsbedarf" from them.
  await expect(spread.getByRole("list", { name: "Fragen mit Gesprächsbedarf" })).toHaveCount(0);
});

test("bad input and abuse: German refusals, nothing written", async ({ page, browser }) => {
  test.setTimeout(90_000);
  const { checkId } = await draftCheck(page, "missbrauch");

  // An unknown code.
  const phone = await (await browser.newContext(PHONE)).newPage();
  await phone.goto("/mitmachen");
  await phone.getByLabel("Teilnahmecode").fill("ZZZZZZ");
  await phone.getByRole("button", { name: "Teilnehmen" }).click();
  await expect(phone.getByText(/Diesen Teilnahmecode gibt es nicht/)).toBeVisible();
  await phone.goto("/mitmachen/<script>");
  await expect(phone.getByRole("heading", { level: 1, name: "Workshop nicht gefunden" })).toBeVisible();

  const { code } = await startWorkshop(page, checkId);
  await phone.goto(`/mitmachen/${code}`);

  // A forged perspective value.
  await phone.getByRole("radiogroup", { name: "Ihre Perspektive" }).getByLabel("Sonstige").check();
  await answerAll(phone, 50, 50);
  await phone.evaluate(() => {
    (document.querySelector('input[name="perspective"][value="sonstige"]') as HTMLInputElement).value = "buergermeister";
  });
  await phone.getByRole("button", { name: "Antworten absenden" }).click();
  await expect(phone.getByText("Bitte wählen Sie Ihre Perspektive.").first()).toBeVisible();

  // A score off the 10-step grid.
  await phone.reload();
  await phone.getByRole("radiogroup", { name: "Ihre Perspektive" }).getByLabel("Sonstige").check();
  await answerAll(phone, 50, 50);
  await phone.evaluate((key) => {
    (document.querySelector(`input[name="${key}"]:checked`) as HTMLInputElement).value = "55";
  }, FIRST.key);
  await phone.getByRole("button", { name: "Antworten absenden" }).click();
  await expect(phone.getByText("Bitte wählen Sie einen Wert zwischen 0 % und 100 % in Zehnerschritten.").first()).toBeVisible();

  // A note with control characters, and one far too long.
  await phone.reload();
  await phone.getByRole("radiogroup", { name: "Ihre Perspektive" }).getByLabel("Sonstige").check();
  await answerAll(phone, 50, 50);
  await phone.evaluate(() => {
    const note = document.querySelector("textarea") as HTMLTextAreaElement;
    note.removeAttribute("maxlength");
    note.value = "Hallo\u0007Welt";
  });
  await phone.getByRole("button", { name: "Antworten absenden" }).click();
  await expect(phone.getByText(/keine Steuerzeichen enthalten/).first()).toBeVisible();
  await phone.evaluate(() => {
    const note = document.querySelector("textarea") as HTMLTextAreaElement;
    note.removeAttribute("maxlength");
    note.value = "x".repeat(20_000);
  });
  await phone.getByRole("button", { name: "Antworten absenden" }).click();
  await expect(phone.getByText(/höchstens .* Zeichen lang sein/).first()).toBeVisible();

  // Not all 13 answered (the browser's own check bypassed); the answers kept on the phone are cleared first.
  await phone.evaluate(() => window.localStorage.clear());
  await phone.reload();
  await phone.getByRole("radiogroup", { name: "Ihre Perspektive" }).getByLabel("Sonstige").check();
  await phone.getByRole("radiogroup", { name: FIRST.question }).getByText("50 %", { exact: true }).click();
  await phone.evaluate(() => document.querySelector("form[aria-label='Antworten im Workshop']")?.setAttribute("novalidate", ""));
  await phone.getByRole("button", { name: "Antworten absenden" }).click();
  // The summary links every open question; the first leads to question 2's scale.
  const summary = phone.getByRole("alert").filter({ hasText: "Bitte prüfen Sie Ihre Angaben" });
  await summary.getByRole("link", { name: `Frage 2 (${CHECK_ITEMS[1]!.title}) ist noch offen.` }).click();
  await expect(phone.getByRole("radiogroup", { name: CHECK_ITEMS[1]!.question }).getByRole("radio").first()).toBeFocused();
  expect(await responseCount(checkId)).toBe(0);

  // A withdrawn personal link.
  await page.goto(`/kommune/checks/${checkId}/perspektiven`);
  const email = uniqueEmail("zurueck");
  const form = page.getByRole("form", { name: "Person einladen" });
  await form.getByLabel("Name oder Rolle").fill("Leitung Jugendamt");
  await form.getByLabel("E-Mail").fill(email);
  await form.getByLabel("Perspektive").selectOption({ label: "Fachbereiche / Amtsleitungen" });
  await form.getByRole("button", { name: "Einladung senden" }).click();
  await expect(page.getByRole("status").filter({ hasText: "ist verschickt" })).toBeVisible();
  // Bad input in the invitation form: German message, nobody invited.
  await form.getByLabel("Name oder Rolle").fill("Leitung\u0007Kita");
  await form.getByLabel("E-Mail").fill("keine-adresse");
  await form.evaluate((element) => element.setAttribute("novalidate", ""));
  await form.getByRole("button", { name: "Einladung senden" }).click();
  await expect(form.getByText(/E-Mail-Adresse/).first()).toBeVisible();
  const link = linkPath((await latestMail(email)).text, "/perspektive/");
  await page.getByRole("button", { name: "Einladung an Leitung Jugendamt zurückziehen" }).click();
  await expect(page.getByRole("region", { name: "Persönliche Einladungen" }).getByRole("listitem").filter({ hasText: "Leitung Jugendamt" })).toContainText(
    "zurückgezogen",
  );
  await phone.goto(link);
  await expect(phone.getByRole("heading", { level: 1, name: "Link nicht mehr gültig" })).toBeVisible();
  const saveUrl = `${link.replace("/perspektive/", "/api/perspektive/")}/antworten/${FIRST.key}`;
  const foreign = await phone.request.put(saveUrl, { data: { score: 50, note: "", baseVersion: 0 }, headers: { Origin: "https://boese.example" } });
  expect(foreign.status()).toBe(403);
  const save = await phone.request.put(saveUrl, { data: { score: 50, note: "", baseVersion: 0 }, headers: { Origin: new URL(phone.url()).origin } });
  expect(save.status()).toBe(404);
  expect((await save.json()).message).toMatch(/nicht \(mehr\) gültig/);
  const { rows } = await testDb().query("SELECT count(*)::int AS n FROM respondents WHERE check_id = $1", [checkId]);
  expect(rows[0].n).toBe(1);
  expect(await responseCount(checkId)).toBe(0);
});

test("another Kommune and anonymous visitors never see a round's perspectives", async ({ page, browser }) => {
  const { checkId } = await draftCheck(page, "fremdzugriff");
  const { projector } = await startWorkshop(page, checkId);
  const workshopId = projector.split("/").pop()!;

  const other = await newPerson(browser);
  await signIn(other, DEMO.kommune2);
  for (const path of [`/kommune/checks/${checkId}/perspektiven`, `/kommune/checks/${checkId}/perspektiven/workshop/${workshopId}`]) {
    const response = await other.goto(path);
    expect(response?.status()).toBe(404);
  }
  for (const api of [`/api/workshops/${workshopId}/stand`, `/api/workshops/${workshopId}/ereignisse`]) {
    const response = await other.request.get(api);
    expect(response.status()).toBe(404);
  }
  // Another Kommune's owner points the hidden ids of its own forms at this round: refused, nothing changes.
  const attacker = await newPerson(browser);
  const { checkId: ownCheck } = await draftCheck(attacker, "angreifer");
  await startWorkshop(attacker, ownCheck);
  await attacker.getByRole("button", { name: "Workshop beenden" }).click();
  const endForm = attacker.getByRole("form", { name: "Workshop beenden bestätigen" });
  await endForm.locator('input[name="workshopId"]').evaluate((input, id) => ((input as HTMLInputElement).value = id), workshopId);
  await endForm.getByRole("button", { name: "Ja, jetzt beenden" }).click();
  await expect(endForm.getByRole("alert")).toContainText(/nicht gefunden/);
  await attacker.goto(`/kommune/checks/${ownCheck}/perspektiven`);
  const invite = attacker.getByRole("form", { name: "Person einladen" });
  await invite.locator('input[name="checkId"]').evaluate((input, id) => ((input as HTMLInputElement).value = id), checkId);
  await invite.getByLabel("Name oder Rolle").fill("Untergeschoben");
  await invite.getByLabel("E-Mail").fill(uniqueEmail("untergeschoben"));
  await invite.getByLabel("Perspektive").selectOption({ label: "Sonstige" });
  await invite.getByRole("button", { name: "Einladung senden" }).click();
  await expect(invite.getByRole("alert")).toBeVisible();
  const { rows } = await testDb().query(
    "SELECT (SELECT count(*)::int FROM respondents WHERE check_id = $1) AS invited, (SELECT ended_at FROM workshops WHERE id = $2) AS ended",
    [checkId, workshopId],
  );
  expect(rows[0]).toEqual({ invited: 0, ended: null });

  const anonymous = await newPerson(browser);
  for (const api of [`/api/workshops/${workshopId}/stand`, `/api/workshops/${workshopId}/ereignisse`]) {
    expect((await anonymous.request.get(api)).status()).toBe(401);
  }
  await anonymous.goto(projector);
  await expect(anonymous).toHaveURL(/\/anmelden/);
});

test("live across instances: a vote taken by a second app instance reaches the projector", async ({ page, browser }) => {
  test.setTimeout(120_000);
  const second = await startInstance();
  try {
    const { checkId } = await draftCheck(page, "zwei-instanzen");
    const { code } = await startWorkshop(page, checkId);
    await expect(page.getByTestId("antworten")).toHaveText("0");
    await expect(page.locator("[data-live-mode]")).toHaveAttribute("data-live-mode", "live");

    await joinAndSubmit(browser, code, "Sonstige", 50, 50, second.base);
    await expect(page.getByTestId("antworten")).toHaveText("1");
    await joinAndSubmit(browser, code, "Sonstige", 60, 60, second.base);
    await expect(page.getByTestId("antworten")).toHaveText("2");
    // Still the stream, not the fallback: the counts came by LISTEN/NOTIFY.
    await expect(page.locator("[data-live-mode]")).toHaveAttribute("data-live-mode", "live");

    // When the stream is cut, the view polls and still follows.
    await page.route("**/ereignisse", (route) => route.abort());
    await page.reload();
    await expect(page.locator("[data-live-mode]")).toHaveAttribute("data-live-mode", "polling");
    await joinAndSubmit(browser, code, "Sonstige", 70, 70, second.base);
    await expect(page.getByTestId("antworten")).toHaveText("3");
  } finally {
    second.stop();
  }
});

test("the advisor assigned to the Kommune runs its workshop; other advisors and the admin see nothing of it", async ({ page, browser }) => {
  test.setTimeout(120_000);
  const { checkId } = await draftCheck(page, "beratungsworkshop");
  const { rows } = await testDb().query<{ organisation_id: string }>("SELECT organisation_id FROM checks WHERE id = $1", [checkId]);
  const kommunePath = `/beratung/kommunen/${rows[0]!.organisation_id}`;

  // The advisor takes the Kommune on (the page's own form), then starts the workshop by keyboard.
  const advisorEmail = await newStaffAccount("advisor");
  const advisor = await newPerson(browser);
  await signIn(advisor, advisorEmail);
  await advisor.goto(kommunePath);
  const workshopSection = advisor.getByRole("region", { name: "Workshop mit der Kommune" });
  await expect(workshopSection).toContainText("kann die Kommune selbst starten oder die ihr zugeordnete Person aus der Beratung");
  await expect(workshopSection.getByRole("button", { name: "Workshop starten" })).toHaveCount(0);
  const advisorId = (await testDb().query<{ id: string }>("SELECT id FROM users WHERE email = $1", [advisorEmail])).rows[0]!.id;
  await advisor.getByLabel("Zuständig in der Beratung").selectOption(advisorId);
  await advisor.getByRole("button", { name: "Zuständigkeit speichern" }).click();
  await expect(advisor.getByText("Die Zuständigkeit ist gespeichert.")).toBeVisible();
  await advisor.reload();
  await expectNoAxeViolations(advisor);
  await workshopSection.getByRole("button", { name: "Workshop starten" }).focus();
  await advisor.keyboard.press("Enter");
  await expect(advisor.getByRole("heading", { level: 1, name: "Workshop läuft" })).toBeVisible();
  await expect(advisor).toHaveURL(new RegExp(`${kommunePath}/workshop/[0-9a-f-]{36}$`));
  await expect(advisor.locator("[data-live-mode]")).toHaveAttribute("data-live-mode", "live");
  await expectNoAxeViolations(advisor);
  // On a phone (the advisor facilitating from theirs) the projector view does not scroll sideways.
  await advisor.setViewportSize({ width: 375, height: 800 });
  expect(await advisor.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  await advisor.setViewportSize({ width: 1280, height: 800 });
  const projector = new URL(advisor.url()).pathname;
  const workshopId = projector.split("/").pop()!;
  const code = (await advisor.getByText(/^Teilnahmecode: /).innerText()).replace("Teilnahmecode: ", "").trim();

  await joinAndSubmit(browser, code, "Gemeinderat, Stadtrat oder Kreistag", 40, 40);
  await expect(advisor.getByTestId("antworten")).toHaveText("1");
  // The Kommune's team sees the advisor's workshop with its count and may open its projector.
  await page.goto(`/kommune/checks/${checkId}/perspektiven`);
  await expect(page.getByRole("link", { name: `Zum laufenden Workshop (Teilnahmecode ${code}, 1 Antwort)` })).toBeVisible();

  // Another advisor and the admin: no button, no projector, no count.
  const otherEmail = await newStaffAccount("advisor");
  for (const email of [otherEmail, DEMO.admin]) {
    const other = await newPerson(browser);
    await signIn(other, email);
    await other.goto(kommunePath);
    await expect(other.getByRole("region", { name: "Workshop mit der Kommune" }).getByRole("button")).toHaveCount(0);
    expect((await other.goto(projector))?.status(), email).toBe(404);
    for (const api of [`/api/workshops/${workshopId}/stand`, `/api/workshops/${workshopId}/ereignisse`])
      expect((await other.request.get(api)).status(), `${email} ${api}`).toBe(404);
    await other.close();
  }

  // The Kommune's own team cannot use the advisor's area; anonymous visitors are sent to sign in.
  expect((await page.goto(projector))?.status()).toBe(403);
  const anonymous = await newPerson(browser);
  await anonymous.goto(projector);
  await expect(anonymous).toHaveURL(/\/anmelden\?weiter=/);

  // The advisor ends the workshop: the code stops working, the distribution appears, for the team too.
  await endWorkshop(advisor);
  await expect(advisor.getByRole("heading", { level: 1, name: "Workshop beendet" })).toBeVisible();
  await expect(advisor.getByRole("table", { name: "Antworten im Workshop je Stufe und Frage" })).toBeVisible();
  await expectNoAxeViolations(advisor);
  await page.goto(`/kommune/checks/${checkId}/perspektiven`);
  await expect(page.getByRole("link", { name: /^Workshop vom / })).toBeVisible();
  await expect(page.getByText("(1 Antwort)")).toBeVisible();
  // Both pages on a phone: no sideways scroll (the distribution's table scrolls in its own region).
  for (const view of [page, advisor]) {
    await view.setViewportSize({ width: 375, height: 800 });
    await view.reload();
    await view.waitForLoadState("networkidle");
    expect(await view.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), view.url()).toBeLessThanOrEqual(0);
  }
});

test("a projector whose viewer loses the right stops following at the next answer", async ({ page, browser }) => {
  const { checkId } = await draftCheck(page, "rechtweg");
  const { rows } = await testDb().query<{ organisation_id: string }>("SELECT organisation_id FROM checks WHERE id = $1", [checkId]);
  const advisorEmail = await newStaffAccount("advisor");
  await testDb().query("UPDATE organisations SET assigned_advisor_id = (SELECT id FROM users WHERE email = $1) WHERE id = $2", [
    advisorEmail,
    rows[0]!.organisation_id,
  ]);
  const advisor = await newPerson(browser);
  await signIn(advisor, advisorEmail);
  await advisor.goto(`/beratung/kommunen/${rows[0]!.organisation_id}`);
  await advisor.getByRole("button", { name: "Workshop starten" }).click();
  await expect(advisor.locator("[data-live-mode]")).toHaveAttribute("data-live-mode", "live");
  const code = (await advisor.getByText(/^Teilnahmecode: /).innerText()).replace("Teilnahmecode: ", "").trim();
  await joinAndSubmit(browser, code, "Sonstige", 50, 50);
  await expect(advisor.getByTestId("antworten")).toHaveText("1");

  // The Kommune is handed to nobody: the next answer closes the stream instead of reaching the old advisor.
  await testDb().query("UPDATE organisations SET assigned_advisor_id = NULL WHERE id = $1", [rows[0]!.organisation_id]);
  await joinAndSubmit(browser, code, "Sonstige", 60, 60);
  // The stream ends, the fallback's first poll is refused too: the view stops and says why.
  await expect(advisor.getByRole("status").filter({ hasText: "Sie haben keinen Zugriff mehr auf diesen Workshop." })).toBeVisible();
  await expect(advisor.locator("[data-live-mode]")).toHaveAttribute("data-live-mode", "stopped");
  await expect(advisor.getByTestId("antworten")).toHaveText("1");
});
