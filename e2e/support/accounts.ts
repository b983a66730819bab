/** Test helpers for accounts: sign-in through the UI, mails from the outbox, users set up in the test database. */
import { expect, type Browser, type Page } from "@playwright/test";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { hashPassword } from "../../lib/auth/password";
import { openSecret } from "../../lib/auth/secret-box";
import { newTotpSecret, totpCode, totpStep } from "../../lib/auth/totp";
import { DEMO_TOTP_SECRET } from "../../db/seed";

export const DEMO_PASSWORD = process.env.DEMO_PASSWORD || "Demo!Kurzcheck2026";
export const DEMO = {
  admin: "admin@example.org",
  advisor: "beratung@example.org",
  kommune: "kommune@example.org",
  kommune2: "kommune2@example.org",
} as const;

/** A page in a fresh browser context: its own cookies, so a second person can act beside the first. */
export async function newPerson(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  return context.newPage();
}

export { DEMO_TOTP_SECRET };

/**
 * A second-factor code for `email` that the portal will accept now: the
 * current one, or the next step's (the portal allows ±1 step) when the
 * current step was already used by an earlier sign-in of this account
 * (a code never counts twice). Waits for a new step only when both are used.
 */
export async function freshTotpCode(email: string): Promise<string> {
  const { rows } = await testDb().query<{ totp_secret: string | null; totp_last_step: number | null }>(
    "SELECT totp_secret, totp_last_step FROM users WHERE email = $1",
    [email],
  );
  const stored = rows[0]?.totp_secret;
  const secret = stored ? openSecret(stored)?.plain : null; // sealed with the run's AUTH_SECRET, which this process has too
  if (!secret) throw new Error(`${email} hat keinen zweiten Faktor`);
  for (;;) {
    const now = Date.now();
    const last = rows[0]!.totp_last_step ?? -1;
    if (last < totpStep(now)) return totpCode(secret, now);
    if (last < totpStep(now) + 1) return totpCode(secret, now + 30_000);
    await new Promise((resolve) => setTimeout(resolve, 30_000 - (now % 30_000) + 50));
  }
}

/** Signs in through the form; for an account with a second factor the code step follows with a computed code. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto("/anmelden");
  await page.getByLabel("E-Mail").fill(email);
  await page.getByLabel("Passwort", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Anmelden", exact: true }).click();
  const signedIn = page.getByRole("button", { name: "Abmelden" });
  const codeField = page.getByLabel("Sicherheitscode");
  await expect(signedIn.or(codeField)).toBeVisible();
  if (await codeField.isVisible()) {
    await codeField.fill(await freshTotpCode(email));
    await page.getByRole("button", { name: "Bestätigen" }).click();
  }
  await expect(signedIn).toBeVisible();
}

/** The newest mail to `to` in this run's outbox, waiting briefly for it to arrive. */
export async function latestMail(to: string, subjectPart?: string): Promise<{ subject: string; text: string }> {
  const dir = process.env.OUTBOX_DIR;
  if (!dir) throw new Error("OUTBOX_DIR fehlt: Tests bitte mit `npm test` starten.");
  for (let attempt = 0; attempt < 50; attempt++) {
    const mails = (() => {
      try {
        return readdirSync(dir)
          .sort()
          .reverse()
          .map((file) => JSON.parse(readFileSync(path.join(dir, file), "utf8")) as { to: string; subject: string; text: string });
      } catch {
        return [];
      }
    })();
    const found = mails.find((mail) => mail.to === to && (!subjectPart || mail.subject.includes(subjectPart)));
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`Keine E-Mail an ${to} im Postausgang`);
}

/** The path of the first portal link in a mail, e.g. "/einladung/abc". */
export function linkPath(text: string, prefix: string): string {
  const match = new RegExp(`https?://[^\\s/]+(${prefix}[^\\s]+)`).exec(text);
  if (!match?.[1]) throw new Error(`Kein Link ${prefix} in der E-Mail`);
  return match[1];
}

let pool: pg.Pool | undefined;
export function testDb(): pg.Pool {
  pool ??= new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 2 });
  return pool;
}

let counter = 0;
/** A unique address for this run, so tests never share accounts by accident. */
export function uniqueEmail(label: string): string {
  counter += 1;
  return `${label}-${Date.now().toString(36)}-${counter}@test.example`;
}

/**
 * Creates a user directly in the test database, optionally as member of the
 * Kommune of `organisationOf`. Staff get their own second factor unless
 * `secondFactor: false` (the portal then sends them to its set-up).
 */
export async function createUser(options: {
  email: string;
  role?: "member" | "advisor" | "admin";
  organisationOf?: string;
  membershipRole?: "owner" | "member";
  password?: string;
  secondFactor?: boolean;
}): Promise<string> {
  const db = testDb();
  const hash = await hashPassword(options.password ?? DEMO_PASSWORD);
  const role = options.role ?? "member";
  const secret = (options.secondFactor ?? role !== "member") ? newTotpSecret() : null;
  const { rows } = await db.query<{ id: string }>(
    `INSERT INTO users (email, name, password_hash, role, email_confirmed_at, totp_secret, totp_enabled_at)
     VALUES ($1, $2, $3, $4, now(), $5::text, CASE WHEN $5::text IS NULL THEN NULL ELSE now() END) RETURNING id`,
    [options.email, `Test ${options.email.split("@")[0]}`, hash, role, secret],
  );
  const id = rows[0]!.id;
  if (options.organisationOf) {
    await db.query(
      `INSERT INTO memberships (user_id, organisation_id, role)
       SELECT $1, m.organisation_id, $3 FROM memberships m JOIN users u ON u.id = m.user_id WHERE u.email = $2 LIMIT 1`,
      [id, options.organisationOf, options.membershipRole ?? "member"],
    );
  }
  return id;
}

/**
 * A fresh advisor or admin with a second factor of their own. Tests use one
 * each rather than the demo accounts, because a second-factor code counts
 * only once: several sign-ins of one account within a minute would wait.
 */
export async function newStaffAccount(role: "advisor" | "admin"): Promise<string> {
  const email = uniqueEmail(role === "admin" ? "admin" : "beratung");
  await createUser({ email, role });
  return email;
}

/** Registers a fresh Kommune through the form and signs its owner in on `page`. Returns the owner's address. */
export async function registerKommune(page: Page, label: string): Promise<string> {
  const email = uniqueEmail(label);
  await page.goto("/registrieren");
  await page.getByLabel("Name der Kommune").fill(`Gemeinde ${label}`);
  await page.getByLabel("Art der Kommune").selectOption({ label: "Gemeinde" });
  await page.getByLabel("Regierungsbezirk").selectOption({ label: "Oberfranken" });
  await page.getByLabel("Ihr Name").fill("Olga Owner");
  await page.getByLabel("E-Mail").fill(email);
  await page.getByLabel("Passwort", { exact: true }).fill("ein sicheres Passwort für Tests");
  await page.getByLabel(/Datenschutzhinweise gelesen/).check();
  await page.getByRole("button", { name: "Registrieren" }).click();
  await signInAfterRegistration(page, "ein sicheres Passwort für Tests");
  await expect(page).toHaveURL(/\/kommune$/);
  return email;
}

/** Registration ends on the sign-in page with the address filled in (the same for known and new addresses). */
export async function signInAfterRegistration(page: Page, password: string) {
  await expect(page).toHaveURL(/\/anmelden\?hinweis=registriert/);
  await expect(page.getByRole("status").filter({ hasText: "Vielen Dank für Ihre Registrierung" })).toBeVisible();
  await page.getByLabel("Passwort", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Anmelden", exact: true }).click();
  await expect(page.getByRole("button", { name: "Abmelden" })).toBeVisible();
}

/** Cuts or restores the app's connection to PostgreSQL (the fault proxy of `npm test`). */
export async function setDatabaseReachable(reachable: boolean): Promise<void> {
  const control = process.env.DB_FAULT_CONTROL;
  if (!control) throw new Error("DB_FAULT_CONTROL fehlt: Tests bitte mit `npm test` starten.");
  const response = await fetch(`${control}/${reachable ? "up" : "down"}`, { method: "POST" });
  if (!response.ok) throw new Error(`fault proxy answered ${response.status}`);
}
