// Rules guarded: a person manages their own account — name, password (the
// current one is asked), a JSON export without the password hash, deletion —
// and is warned before the idle timeout with a way to stay signed in.
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/a11y";
import { createUser, DEMO, newPerson, signIn, testDb, uniqueEmail } from "./support/accounts";

test("change name and password, export own data, delete the account", async ({ page, browser }) => {
  const email = uniqueEmail("konto");
  await createUser({ email, organisationOf: DEMO.kommune2 });
  await signIn(page, email);
  const otherDevice = await newPerson(browser);
  await signIn(otherDevice, email);

  await page.goto("/konto");
  await expectNoAxeViolations(page);
  await page.getByLabel("Ihr Name").fill("Neuer Name");
  await page.getByRole("button", { name: "Name speichern" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Ihr Name ist gespeichert." })).toBeVisible();

  const passwordSection = page.getByRole("region", { name: "Passwort" });
  await passwordSection.getByLabel("Aktuelles Passwort").fill("nicht das richtige");
  await passwordSection.getByLabel("Neues Passwort").fill("ein neues Konto-Passwort");
  await passwordSection.getByRole("button", { name: "Passwort ändern" }).click();
  await expect(passwordSection.getByText("Das aktuelle Passwort stimmt nicht.").first()).toBeVisible();
  await passwordSection.getByLabel("Aktuelles Passwort").fill(process.env.DEMO_PASSWORD || "Demo!Kurzcheck2026");
  await passwordSection.getByLabel("Neues Passwort").fill("ein neues Konto-Passwort");
  await passwordSection.getByRole("button", { name: "Passwort ändern" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Alle anderen Anmeldungen sind beendet." })).toBeVisible();
  // This session goes on; the one on the other device is over.
  await page.goto("/kommune");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Stadt Beispielstadt");
  await otherDevice.goto("/kommune");
  await expect(otherDevice).toHaveURL(/\/anmelden/);

  const exported = await page.request.get("/konto/export");
  expect(exported.headers()["content-disposition"]).toContain("attachment");
  const data = await exported.json();
  expect(data.account.email).toBe(email);
  expect(data.account.name).toBe("Neuer Name");
  expect(JSON.stringify(data)).not.toMatch(/argon2|password_?hash/i);
  expect((await otherDevice.request.get("/konto/export")).status()).toBe(401);

  await page.goto("/konto");
  const deletion = page.getByRole("region", { name: "Konto löschen" });
  await deletion.getByLabel("Aktuelles Passwort").fill("ein neues Konto-Passwort");
  await deletion.getByRole("checkbox", { name: "Ja, ich möchte mein Konto endgültig löschen." }).check();
  await deletion.getByRole("button", { name: "Konto endgültig löschen" }).click();
  await expect(page).toHaveURL(/\/\?konto=geloescht$/);
  const { rows } = await testDb().query("SELECT 1 FROM users WHERE email = $1", [email]);
  expect(rows).toHaveLength(0);
});

test("five minutes before the idle timeout a warning offers to stay signed in", async ({ page }) => {
  await page.clock.install();
  await signIn(page, DEMO.kommune);
  await page.goto("/kommune");
  // The idle timer starts when the page has hydrated; fast-forwarding before that moved the
  // clock past a timer that did not exist yet (seen once as a flaky run).
  await page.waitForLoadState("networkidle");
  await page.clock.fastForward("25:30");
  const dialog = page.getByRole("alertdialog", { name: "Ihre Sitzung endet bald" });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole("button", { name: "Angemeldet bleiben" })).toBeFocused();
  await expectNoAxeViolations(page);
  await page.keyboard.press("Enter");
  await expect(dialog).toBeHidden();
});
