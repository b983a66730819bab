// Rules guarded: a Kommune registers, signs in and lands in /kommune; sign-out and
// sign-in work; wrong passwords, duplicates and bad input get clear German
// messages and write nothing; reset and invitation links from the mails work
// once; the answers of the anonymous trial become the first draft.
import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./support/a11y";
import { createUser, DEMO, DEMO_PASSWORD, latestMail, linkPath, signIn, signInAfterRegistration, testDb, uniqueEmail, newPerson } from "./support/accounts";

const PASSWORD = "ein sicheres Passwort für Tests";

async function fillRegistration(page: Page, fields: { organisation: string; email: string; ags?: string; name?: string; password?: string }) {
  await page.goto("/registrieren");
  await page.getByLabel("Name der Kommune").fill(fields.organisation);
  await page.getByLabel("Art der Kommune").selectOption({ label: "Markt" });
  await page.getByLabel("Regierungsbezirk").selectOption({ label: "Schwaben" });
  if (fields.ags) await page.getByLabel("Amtlicher Gemeindeschlüssel").fill(fields.ags);
  await page.getByLabel("Ihr Name").fill(fields.name ?? "Rita Registrierung");
  await page.getByLabel("E-Mail").fill(fields.email);
  await page.getByLabel("Passwort", { exact: true }).fill(fields.password ?? PASSWORD);
  await page.getByLabel(/Datenschutzhinweise gelesen/).check();
}

async function countOrganisations(): Promise<number> {
  const { rows } = await testDb().query<{ n: string }>("SELECT count(*) AS n FROM organisations");
  return Number(rows[0]!.n);
}

test("register a Kommune, sign in, land in /kommune, sign out, sign in again", async ({ page }) => {
  const email = uniqueEmail("registrierung");
  await fillRegistration(page, { organisation: "Markt Testhausen", email, ags: "09780123" });
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Registrieren" }).click();

  await expect(page.getByLabel("E-Mail")).toHaveValue(email);
  await expectNoAxeViolations(page);
  await signInAfterRegistration(page, PASSWORD);
  await expect(page).toHaveURL(/\/kommune$/);
  await expect(page.getByRole("heading", { level: 1, name: "Markt Testhausen" })).toBeVisible();
  await expect(page.getByText("Ihre Registrierung wird vom Team von NIKO bestätigt")).toBeVisible();
  await expectNoAxeViolations(page);

  const { rows } = await testDb().query(
    `SELECT o.verified, m.role FROM organisations o JOIN memberships m ON m.organisation_id = o.id JOIN users u ON u.id = m.user_id WHERE u.email = $1`,
    [email],
  );
  expect(rows).toEqual([{ verified: false, role: "owner" }]);
  const confirmation = await latestMail(email, "bestätigen");

  await page.getByRole("button", { name: "Abmelden" }).click();
  await expect(page).toHaveURL(/\/$/);
  await page.goto("/kommune");
  await expect(page).toHaveURL(/\/anmelden\?weiter=%2Fkommune/);

  await page.getByLabel("E-Mail").fill(email);
  await page.getByLabel("Passwort", { exact: true }).fill(PASSWORD);
  await page.getByRole("button", { name: "Anmelden", exact: true }).click();
  await expect(page).toHaveURL(/\/kommune$/);

  // The confirmation link from the mail confirms the address, once.
  await page.goto(linkPath(confirmation.text, "/email-bestaetigen/"));
  await expect(page.getByRole("heading", { level: 1, name: "E-Mail-Adresse bestätigt" })).toBeVisible();
  await page.goto(linkPath(confirmation.text, "/email-bestaetigen/"));
  await expect(page.getByRole("heading", { level: 1, name: "Bestätigung nicht möglich" })).toBeVisible();
});

test("a wrong password gets a clear message and no session", async ({ page }) => {
  await page.goto("/anmelden");
  await page.getByLabel("E-Mail").fill(DEMO.kommune);
  await page.getByLabel("Passwort", { exact: true }).fill("falsches Passwort 123");
  await page.getByRole("button", { name: "Anmelden", exact: true }).click();
  await expect(page.getByRole("alert").filter({ hasText: "E-Mail-Adresse oder Passwort stimmen nicht" })).toBeVisible();
  await expect(page.getByLabel("E-Mail")).toHaveValue(DEMO.kommune);
  await expect(page.getByLabel("Passwort", { exact: true })).toHaveValue("");
  await expectNoAxeViolations(page);
  await page.goto("/kommune");
  await expect(page).toHaveURL(/\/anmelden/);
});

test("registration refuses bad input field by field and writes nothing", async ({ page }) => {
  const before = await countOrganisations();
  await page.goto("/registrieren");
  await page.getByRole("button", { name: "Registrieren" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Bitte prüfen Sie die markierten Angaben." })).toBeVisible();
  await expect(page.getByText("Bitte wählen Sie die Art der Kommune.").first()).toBeVisible();
  await expect(page.getByText("Bitte bestätigen Sie, dass Sie die Datenschutzhinweise gelesen haben.").first()).toBeVisible();
  await expect(page.getByLabel("Name der Kommune")).toHaveAttribute("aria-invalid", "true");
  await expectNoAxeViolations(page);

  const longText = "x".repeat(10_000);
  // The browser would cut input at maxlength; an attacker's post would not, so drop the limits.
  await page.locator("input[maxlength]").evaluateAll((inputs) => inputs.forEach((input) => input.removeAttribute("maxlength")));
  await page.getByLabel("Name der Kommune").fill(longText);
  await page.getByLabel("Amtlicher Gemeindeschlüssel").fill("12345678");
  await page.getByLabel("Ihr Name").fill("<script>window.__pwned = 1</script>");
  await page.getByLabel("E-Mail").fill(`${longText}@test.example`);
  await page.getByLabel("Passwort", { exact: true }).fill("kurz");
  await page.getByRole("button", { name: "Registrieren" }).click();
  await expect(page.getByText("Der Name der Kommune darf höchstens 200 Zeichen lang sein.").first()).toBeVisible();
  await expect(page.getByText("Die E-Mail-Adresse ist zu lang.").first()).toBeVisible();
  await expect(page.getByText("Gemeindeschlüssel in Bayern beginnen mit 09.").first()).toBeVisible();
  await expect(page.getByText("Das Passwort muss mindestens 10 Zeichen lang sein.").first()).toBeVisible();
  // The script tag comes back as text in the field, never executed.
  await expect(page.getByLabel("Ihr Name")).toHaveValue("<script>window.__pwned = 1</script>");
  expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();

  await fillRegistration(page, { organisation: "Markt Häufig", email: uniqueEmail("haeufig"), password: "1234567890" });
  await page.getByRole("button", { name: "Registrieren" }).click();
  await expect(page.getByText(/zu verbreitet/).first()).toBeVisible();
  expect(await countOrganisations()).toBe(before);
});

test("a second registration for a taken email or AGS creates nothing and reveals no account", async ({ page }) => {
  const ags = "09771999";
  await fillRegistration(page, { organisation: "Markt Erster", email: uniqueEmail("erster"), ags });
  await page.getByRole("button", { name: "Registrieren" }).click();
  await signInAfterRegistration(page, PASSWORD);
  await page.getByRole("button", { name: "Abmelden" }).click();
  const before = await countOrganisations();

  // A known address answers exactly as a new one (no account enumeration); its owner is told by mail.
  await fillRegistration(page, { organisation: "Markt Zweiter", email: DEMO.kommune });
  await page.getByRole("button", { name: "Registrieren" }).click();
  await expect(page).toHaveURL(/\/anmelden\?hinweis=registriert/);
  await expect(page.getByRole("status").filter({ hasText: "Vielen Dank für Ihre Registrierung" })).toBeVisible();
  await expect(page.getByText("Kim Kommune")).toHaveCount(0); // the owner of that account
  expect((await latestMail(DEMO.kommune, "Registrierung mit Ihrer E-Mail-Adresse")).text).toContain("bereits ein Konto");

  await fillRegistration(page, { organisation: "Markt Dritter", email: uniqueEmail("dritter"), ags });
  await page.getByRole("button", { name: "Registrieren" }).click();
  await expect(page.getByText(/Für diesen Gemeindeschlüssel ist bereits eine Kommune registriert/).first()).toBeVisible();
  await expect(page.getByText("Markt Erster")).toHaveCount(0);
  expect(await countOrganisations()).toBe(before);
});

test("the anonymous trial becomes the first draft of the new Kommune", async ({ page }) => {
  await page.goto("/kurz-check");
  await page.evaluate(() =>
    window.localStorage.setItem("kurzcheck.trial.v1", JSON.stringify({ beschluss: 70, leitbild: 40, konzept: 0, chefsache: 100, kaputt: 55 })),
  );
  await fillRegistration(page, { organisation: "Gemeinde Probeweise", email: uniqueEmail("probe") });
  await expect(page.getByText("Ihre 4 Antworten aus dem ausprobierten Kurz-Check werden als erster Entwurf übernommen.")).toBeVisible();
  await page.getByRole("button", { name: "Registrieren" }).click();
  await signInAfterRegistration(page, PASSWORD);

  await expect(page.getByRole("status").filter({ hasText: "Antworten aus dem ausprobierten Kurz-Check sind als erster Entwurf gespeichert" })).toBeVisible();
  const row = page.getByRole("row", { name: /Kurz-Check \d{4}/ });
  await expect(row).toContainText("Entwurf");
  await expect(row).toContainText("4 von 13");
  // The browser copy is cleared once the server has the answers.
  await expect.poll(() => page.evaluate(() => window.localStorage.getItem("kurzcheck.trial.v1"))).toBeNull();
});

test("password reset: same answer for unknown addresses, link works once, old sessions end", async ({ page, browser }) => {
  const email = uniqueEmail("reset");
  await fillRegistration(page, { organisation: "Stadt Vergesslich", email });
  await page.getByRole("button", { name: "Registrieren" }).click();
  await signInAfterRegistration(page, PASSWORD);

  const other = await newPerson(browser);
  for (const address of [email, uniqueEmail("gibt-es-nicht")]) {
    await other.goto("/passwort-vergessen");
    await other.getByLabel("E-Mail").fill(address);
    await other.getByRole("button", { name: "Link anfordern" }).click();
    await expect(other.getByRole("status").filter({ hasText: "Wenn zu dieser Adresse ein Konto besteht" })).toBeVisible();
  }
  await expectNoAxeViolations(other);

  const resetPath = linkPath((await latestMail(email, "Passwort")).text, "/passwort-zuruecksetzen/");
  await other.goto(resetPath);
  await other.getByLabel("Neues Passwort").fill("kurz");
  await other.getByRole("button", { name: "Passwort speichern" }).click();
  await expect(other.getByText("Das Passwort muss mindestens 10 Zeichen lang sein.").first()).toBeVisible();
  await other.getByLabel("Neues Passwort").fill("ein ganz neues Passwort");
  await other.getByRole("button", { name: "Passwort speichern" }).click();
  await expect(other).toHaveURL(/\/anmelden\?hinweis=passwort-geaendert/);

  // The session that was open before the reset is over.
  await page.goto("/kommune");
  await expect(page).toHaveURL(/\/anmelden/);

  // A used link says so at once and offers a new one, instead of a form that can only fail.
  await other.goto(resetPath);
  await expect(other.getByRole("heading", { level: 1, name: "Link nicht mehr gültig" })).toBeVisible();
  await expect(other.getByText("ungültig, abgelaufen oder wurde bereits verwendet")).toBeVisible();
  await expect(other.getByLabel("Neues Passwort")).toHaveCount(0);
  await other.goto("/passwort-zuruecksetzen/ein-ausgedachter-link-der-nie-verschickt-wurde");
  await expect(other.getByRole("heading", { level: 1, name: "Link nicht mehr gültig" })).toBeVisible();
  await other.getByRole("link", { name: "Neuen Link anfordern" }).click();
  await expect(other).toHaveURL(/\/passwort-vergessen$/);
  await signIn(other, email, "ein ganz neues Passwort");
});

test("an owner invites a colleague who creates an account through the link", async ({ page, browser }) => {
  await signIn(page, DEMO.kommune);
  await page.goto("/kommune/team");
  await expectNoAxeViolations(page);
  const colleague = uniqueEmail("kollegin");
  await page.getByLabel("E-Mail").fill(colleague);
  await page.getByRole("button", { name: "Einladung senden" }).click();
  await expect(page.getByRole("status").filter({ hasText: `Die Einladung an ${colleague} ist verschickt` })).toBeVisible();
  await expect(page.getByRole("listitem").filter({ hasText: colleague })).toContainText("Mitglied");

  const invitationPath = linkPath((await latestMail(colleague, "Einladung")).text, "/einladung/");
  const invitee = await newPerson(browser);
  await invitee.goto(invitationPath);
  await expect(invitee.getByRole("heading", { level: 1, name: "Einladung annehmen" })).toBeVisible();
  await expectNoAxeViolations(invitee);
  await invitee.getByLabel("Ihr Name").fill("Karla Kollegin");
  await invitee.getByLabel("Passwort", { exact: true }).fill(PASSWORD);
  await invitee.getByLabel(/Datenschutzhinweise gelesen/).check();
  await invitee.getByRole("button", { name: "Konto anlegen und Einladung annehmen" }).click();
  await expect(invitee).toHaveURL(/\/kommune$/);
  await expect(invitee.getByRole("heading", { level: 1, name: "Markt Musterhausen" })).toBeVisible();
  // A plain member sees the team but cannot manage it.
  await invitee.goto("/kommune/team");
  await expect(invitee.getByRole("button", { name: "Einladung senden" })).toHaveCount(0);

  // The link is used up.
  const third = await newPerson(browser);
  await third.goto(invitationPath);
  await expect(third.getByRole("heading", { level: 1, name: "Einladung nicht gültig" })).toBeVisible();
});

test("after 10 failed sign-ins the account is throttled, even for the right password", async ({ page }) => {
  const email = uniqueEmail("brute");
  await createUser({ email });
  for (let attempt = 1; attempt <= 10; attempt++) {
    await page.goto("/anmelden");
    await page.getByLabel("E-Mail").fill(email);
    await page.getByLabel("Passwort", { exact: true }).fill(`falsch ${attempt} falsch`);
    await page.getByRole("button", { name: "Anmelden", exact: true }).click();
    await expect(page.getByRole("alert").filter({ hasText: "stimmen nicht" })).toBeVisible();
  }
  await page.getByLabel("Passwort", { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Anmelden", exact: true }).click();
  await expect(
    page.getByRole("alert").filter({ hasText: /Zu viele fehlgeschlagene Anmeldeversuche. Bitte versuchen Sie es in 1[45] Minuten erneut/ }),
  ).toBeVisible();
  await page.goto("/kommune");
  await expect(page).toHaveURL(/\/anmelden/);
});
