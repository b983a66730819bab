/**
 * Demo data of DESIGN.md: one admin, one advisor and two Kommunen with one
 * member each and a submitted check. Runs only on an empty users table, so it
 * never touches real data; the password comes from DEMO_PASSWORD if set.
 */
import { count } from "drizzle-orm";
import { hashPassword } from "../lib/auth/password";
import { ITEM_KEYS, type Score } from "../lib/kurzcheck/keys";
import type { Database } from "./index";
import { answers, auditLog, checks, indicatorValues, memberships, organisations, users } from "./schema";

export const DEFAULT_DEMO_PASSWORD = "Demo!Kurzcheck2026";

export const DEMO_ACCOUNTS = {
  admin: "admin@example.org",
  advisor: "beratung@example.org",
  kommune: "kommune@example.org",
  kommune2: "kommune2@example.org",
} as const;

/**
 * The second factor of the demo advisor and admin (base32, SHA-1, 6 digits,
 * 30 s): listed in the README so a demo sign-in works with any authenticator
 * app. It exists only in seeded demo data.
 */
export const DEMO_TOTP_SECRET = "KURZCHECKDEMOKURZCHECKDEMO234567";

/** Notes of the first demo Kommune, as a team would write them: what exists, what is missing. */
const DEMO_NOTES: Partial<Record<(typeof ITEM_KEYS)[number], string>> = {
  beschluss: "Beschluss des Marktgemeinderats vom 14.03.2023; Auftrag an die Verwaltung, ein Konzept vorzulegen.",
  stabsstelle: "Integrationsbeauftragte mit halber Stelle im Hauptamt seit 2022.",
  personal: "Noch keine Zahlen; Ausbildungsanzeigen bisher ohne ausdrückliche Einladung.",
  antidiskriminierung: "Keine AGG-Beschwerdestelle benannt.",
  chefsache: "Der Bürgermeister eröffnet jedes Jahr den Neubürger*innenempfang.",
};

/** Scores of the demo checks, item by item in the brochure's order. */
const DEMO_SCORES: Record<"kommune" | "kommune2", Score[]> = {
  kommune: [80, 60, 40, 70, 30, 60, 50, 70, 20, 30, 40, 10, 90],
  kommune2: [40, 20, 10, 50, 20, 40, 60, 30, 10, 20, 30, 0, 50],
};

function demoSecondFactor(at: Date) {
  return { totpSecret: DEMO_TOTP_SECRET, totpEnabledAt: at };
}

export async function seedIfEmpty(db: Database, password = process.env.DEMO_PASSWORD || DEFAULT_DEMO_PASSWORD): Promise<boolean> {
  const [row] = await db.select({ n: count() }).from(users);
  if ((row?.n ?? 0) > 0) return false;

  const passwordHash = await hashPassword(password);
  const confirmed = new Date();
  await db.transaction(async (tx) => {
    const [, advisor, member1, member2] = await tx
      .insert(users)
      .values([
        { email: DEMO_ACCOUNTS.admin, name: "Alex Admin", passwordHash, role: "admin", emailConfirmedAt: confirmed, ...demoSecondFactor(confirmed) },
        { email: DEMO_ACCOUNTS.advisor, name: "Bea Beratung", passwordHash, role: "advisor", emailConfirmedAt: confirmed, ...demoSecondFactor(confirmed) },
        { email: DEMO_ACCOUNTS.kommune, name: "Kim Kommune", passwordHash, emailConfirmedAt: confirmed },
        { email: DEMO_ACCOUNTS.kommune2, name: "Sam Stadt", passwordHash, emailConfirmedAt: confirmed },
      ])
      .returning({ id: users.id });

    const [org1, org2] = await tx
      .insert(organisations)
      .values([
        { name: "Markt Musterhausen", kind: "markt", regierungsbezirk: "oberbayern", verified: true, verifiedAt: confirmed, verifiedBy: advisor!.id },
        { name: "Stadt Beispielstadt", kind: "stadt", regierungsbezirk: "schwaben", verified: true, verifiedAt: confirmed, verifiedBy: advisor!.id },
      ])
      .returning({ id: organisations.id });

    const lastYear = new Date().getFullYear() - 1;
    const DEMO_INDICATOR_VALUES = [
      { indicatorKey: "auslaenderanteil", year: lastYear - 1, value: 9.8, source: "GENESIS-Online, Statistik 12411", note: "" },
      { indicatorKey: "auslaenderanteil", year: lastYear, value: 10.4, source: "GENESIS-Online, Statistik 12411", note: "" },
      { indicatorKey: "fortbildung-interkulturell", year: lastYear - 1, value: 6, source: "Fortbildungsübersicht Personalamt", note: "" },
      { indicatorKey: "fortbildung-interkulturell", year: lastYear, value: 11.5, source: "Fortbildungsübersicht Personalamt", note: "Zwei Inhouse-Schulungen" },
    ];
    const demo = [
      { user: member1!.id, org: org1!.id, scores: DEMO_SCORES.kommune },
      { user: member2!.id, org: org2!.id, scores: DEMO_SCORES.kommune2 },
    ];
    for (const { user, org, scores } of demo) {
      await tx.insert(memberships).values({ userId: user, organisationId: org, role: "owner" });
      const submittedAt = new Date();
      const [created] = await tx
        .insert(checks)
        .values({
          organisationId: org,
          roundTitle: `Kurz-Check ${submittedAt.getFullYear()}`,
          status: "submitted",
          createdBy: user,
          submittedAt,
          submittedBy: user,
        })
        .returning({ id: checks.id });
      await tx.insert(answers).values(
        ITEM_KEYS.map((itemKey, i) => ({
          checkId: created!.id,
          itemKey,
          score: scores[i]!,
          note: org === org1!.id ? (DEMO_NOTES[itemKey] ?? "") : "",
          updatedBy: user,
        })),
      );
      // Two years of a few indicators, so the demo's page "Indikatoren" shows a trend from the start.
      await tx.insert(indicatorValues).values(DEMO_INDICATOR_VALUES.map((entry) => ({ organisationId: org, ...entry, recordedBy: user })));
      await tx.insert(auditLog).values({
        actorId: user,
        action: "check.submitted",
        entityType: "check",
        entityId: created!.id,
        organisationId: org,
        data: { seeded: true },
      });
    }
  });
  return true;
}
