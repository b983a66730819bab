// Rules guarded (issue 30): with Chromium's virtual authenticator standing in for a phone, a Kommune
// member adds a named passkey, signs out and signs in with the passkey alone, renames it and removes
// it after the password — every change mailed — and a removed passkey opens nothing; an advisor sets
// up a passkey instead of TOTP and signs in with it, with the passkey alone or after the password.
// A passkey cannot belong to an IP address, so these pages run on localhost.
import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./support/a11y";
import { createUser, DEMO_PASSWORD, latestMail, testDb, uniqueEmail } from "./support/accounts";
import { seedSubmittedKommunen } from "./support/kommunen";

test.use({ baseURL: `http://localhost:${Number(process.env.E2E_PORT ?? 3100)}` });

/** A platform authenticator with discoverable credentials that verifies the person (PIN or fingerprint) without asking. */
async function addVirtualAuthenticator(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("WebAuthn.enable");
  await cdp.send("WebAuthn.addVirtualAuthenticator", {
    options: {
      protocol: "ctap2",
      transport: "internal",
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
      automaticPresenceSimulation: true,
    },
  });
}

async function signInWithPassword(page: Page, email: string) {
  await page.goto("/anmelden");
  await page.getByLabel("E-Mail").fill(email);
  await page.getByLabel("Passwort", { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Anmelden", exact: true }).click();
}

async function signOut(page: Page) {
  await page.getByRole("button", { name: "Abmelden", exact: true }).click();
  await expect(page.getByRole("button", { name: "Abmelden", exact: true })).toHaveCount(0);
}

async function addPasskey(page: Page, name: string) {
  const form = page.getByRole("form", { name: "Passkey hinzufügen" });
  await form.getByLabel("Name des Passkeys").fill(name);
  await form.getByLabel("Aktuelles Passwort").fill(DEMO_PASSWORD);
  await form.getByRole("button", { name: "Passkey hinzufügen" }).click();
  await expect(page.getByText(`Der Passkey „${name}“ ist angelegt.`)).toBeVisible();
}

test("a Kommune member adds a passkey, signs in with it alone, renames and removes it", async ({ page }) => {
  test.setTimeout(120_000);
  const email = uniqueEmail("passkey");
  const userId = await createUser({ email });
  const [kommune] = await seedSubmittedKommunen(1, { regierungsbezirk: "mittelfranken", kind: "markt", scores: 50, label: "Markt Passkey" });
  await testDb().query("INSERT INTO memberships (user_id, organisation_id, role) VALUES ($1, $2, 'owner')", [userId, kommune]);
  await addVirtualAuthenticator(page);
  await signInWithPassword(page, email);
  await expect(page.getByRole("button", { name: "Abmelden" })).toBeVisible();

  await page.goto("/konto");
  const section = page.getByRole("region", { name: "Passkeys" });
  await expect(section.getByText("Sie haben noch keinen Passkey angelegt.")).toBeVisible();
  // A passkey needs a name, and the current password: a borrowed session must not add one.
  await section.getByRole("button", { name: "Passkey hinzufügen" }).click();
  await expect(section.getByText(/Bitte geben Sie dem Passkey einen Namen/).first()).toBeVisible();
  const adding = page.getByRole("form", { name: "Passkey hinzufügen" });
  await adding.getByLabel("Name des Passkeys").fill("Fremdes Gerät");
  await adding.getByLabel("Aktuelles Passwort").fill("nicht mein Passwort");
  await adding.getByRole("button", { name: "Passkey hinzufügen" }).click();
  await expect(adding.getByText("Das aktuelle Passwort stimmt nicht.").first()).toBeVisible();
  await expect(section.getByText("Sie haben noch keinen Passkey angelegt.")).toBeVisible();
  await addPasskey(page, "Laptop Büro");
  await expect(section.getByText("Laptop Büro", { exact: true })).toBeVisible();
  await expect(section).toContainText("zuletzt verwendet: noch nie");
  expect((await latestMail(email, "Neuer Passkey")).text).toContain("„Laptop Büro“");
  await expectNoAxeViolations(page);

  // Signed out, back in with the passkey alone: no address, no password. The sign-in page offers the
  // passkey in the e-mail field's suggestions (conditional UI); the virtual authenticator picks it at once.
  await signOut(page);
  await page.goto("/anmelden");
  await expect(page.getByRole("button", { name: "Abmelden" })).toBeVisible();
  await page.goto("/konto");
  await expect(section).not.toContainText("zuletzt verwendet: noch nie");

  // Renamed, then removed: a wrong password changes nothing, the right one removes it.
  await section.getByText("Umbenennen oder entfernen").click();
  const rename = page.getByRole("form", { name: "Passkey „Laptop Büro“ umbenennen" });
  await rename.getByLabel("Neuer Name").fill("Laptop Homeoffice");
  await rename.getByRole("button", { name: "Umbenennen" }).click();
  await expect(page.getByText("Der Passkey heißt jetzt „Laptop Homeoffice“.")).toBeVisible();
  expect((await latestMail(email, "Passkey umbenannt")).text).toContain("„Laptop Homeoffice“");
  await page.reload();
  await section.getByText("Umbenennen oder entfernen").click();
  const remove = page.getByRole("form", { name: "Passkey „Laptop Homeoffice“ entfernen" });
  await remove.getByLabel("Aktuelles Passwort").fill("nicht das richtige Passwort");
  await remove.getByRole("button", { name: "Passkey entfernen" }).click();
  await expect(remove.getByText(/Passwort ist nicht richtig|Passwort stimmt nicht/).first()).toBeVisible();
  expect((await testDb().query("SELECT count(*)::int AS n FROM passkeys p JOIN users u ON u.id = p.user_id WHERE u.email = $1", [email])).rows[0].n).toBe(1);
  await remove.getByLabel("Aktuelles Passwort").fill(DEMO_PASSWORD);
  await remove.getByRole("button", { name: "Passkey entfernen" }).click();
  await expect(page.getByText("Der Passkey ist entfernt.")).toBeVisible();
  expect((await latestMail(email, "Passkey entfernt")).text).toContain("„Laptop Homeoffice“");

  // The authenticator still holds the credential and offers it; the portal no longer knows it.
  await signOut(page);
  await page.goto("/anmelden");
  await expect(page.getByText("Der Passkey wurde nicht angenommen.", { exact: false }).first()).toBeVisible();
  await expectNoAxeViolations(page);
  await expect(page.getByRole("button", { name: "Abmelden" })).toHaveCount(0);
  const audited = await testDb().query("SELECT count(*)::int AS n FROM audit_log WHERE action = 'passkey.refused' AND data->>'reason' = 'unknown credential'");
  expect(audited.rows[0].n).toBeGreaterThan(0);
});

test("an advisor sets up a passkey instead of TOTP and signs in with it", async ({ page }) => {
  test.setTimeout(120_000);
  const email = uniqueEmail("beratung-passkey");
  await createUser({ email, role: "advisor", secondFactor: false });
  // A browser without passkeys in its autofill: the button is the way in.
  await page.addInitScript(() => {
    PublicKeyCredential.isConditionalMediationAvailable = async () => false;
  });
  await addVirtualAuthenticator(page);
  await signInWithPassword(page, email);
  // Staff without a second factor are sent to set one up; a passkey counts.
  await expect(page).toHaveURL(/\/konto\/zwei-faktor/);
  await expect(page.getByRole("heading", { name: "Statt der App: ein Passkey" })).toBeVisible();
  await addPasskey(page, "Dienst-Smartphone");
  await page.goto("/beratung");
  await expect(page).toHaveURL(/\/beratung$/);
  await signOut(page);

  // The passkey alone.
  await page.goto("/anmelden");
  await page.getByRole("button", { name: "Mit Passkey anmelden" }).click();
  await expect(page.getByRole("button", { name: "Abmelden" })).toBeVisible();
  await page.goto("/beratung");
  await expect(page).toHaveURL(/\/beratung$/);
  await signOut(page);

  // The password alone opens nothing: the second step asks for the passkey.
  await signInWithPassword(page, email);
  await expect(page.getByRole("heading", { name: "Anmeldung bestätigen" })).toBeVisible();
  await expect(page.getByLabel("Sicherheitscode")).toHaveCount(0);
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Mit Passkey bestätigen" }).click();
  await expect(page.getByRole("button", { name: "Abmelden" })).toBeVisible();
});
