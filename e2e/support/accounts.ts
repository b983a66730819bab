/** Test helpers for accounts: sign-in through the UI, mails from the outbox, users set up in the test database. */
import { expect, type Browser, type Page } from "@playwright/test";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { hashPassword } from "../../lib/auth/password";

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

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto("/anmelden");
  await page.getByLabel("E-Mail").fill(email);
  await page.getByLabel("Passwort", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Anmelden" }).click();
  await expect(page.getByRole("button", { name: "Abmelden" })).toBeVisible();
}

/** The newest mail to `to` in this run's outbox, waiting briefly for it to arrive. */
export async function latestMail(to: string, subjectPart?: string): Promise<{ subject: string; text: string }> {
  const dir = process.env.OUTBOX_DIR;
  if (!dir) throw new Error("OUTBOX_DIR fehlt: Tests bitte mit `npm test` starten.");
  for (let attempt = 0; attempt < 50; attempt++) {
    const mails = (() => {
      try {
        return readdirSync(dir).sort().reverse().map((file) => JSON.parse(readFileSync(path.join(dir, file), "utf8")) as { to: string; subject: string; text: string });
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

/** Creates a user directly in the test database, optionally as member of the Kommune of `memberOfSameKommuneAs`. */
export async function createUser(options: {
  email: string;
  role?: "member" | "advisor" | "admin";
  organisationOf?: string;
  membershipRole?: "owner" | "member";
  password?: string;
}): Promise<string> {
  const db = testDb();
  const hash = await hashPassword(options.password ?? DEMO_PASSWORD);
  const { rows } = await db.query<{ id: string }>(
    "INSERT INTO users (email, name, password_hash, role, email_confirmed_at) VALUES ($1, $2, $3, $4, now()) RETURNING id",
    [options.email, `Test ${options.email.split("@")[0]}`, hash, options.role ?? "member"],
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

/** Registers a fresh Kommune through the form; its owner stays signed in on `page`. Returns the owner's address. */
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
  await expect(page).toHaveURL(/\/kommune$/);
  return email;
}

/** Cuts or restores the app's connection to PostgreSQL (the fault proxy of `npm test`). */
export async function setDatabaseReachable(reachable: boolean): Promise<void> {
  const control = process.env.DB_FAULT_CONTROL;
  if (!control) throw new Error("DB_FAULT_CONTROL fehlt: Tests bitte mit `npm test` starten.");
  const response = await fetch(`${control}/${reachable ? "up" : "down"}`, { method: "POST" });
  if (!response.ok) throw new Error(`fault proxy answered ${response.status}`);
}
