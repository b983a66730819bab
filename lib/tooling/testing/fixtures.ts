/** Integration-test fixtures: real rows in the per-run test database. */
import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import type { Database } from "@/db";
import { memberships, organisations, users, type MembershipRole, type PlatformRole } from "@/db/schema";
import { loadCurrentUser, type CurrentUser } from "@/lib/auth/signed-in-user";
import { hashPassword } from "@/lib/auth/password";
import { AppError } from "@/lib/errors";

export const FIXTURE_PASSWORD = "Fixture-Passwort-2026";
let cachedHash: Promise<string> | undefined;

export function uniqueEmail(label = "person"): string {
  return `${label}-${randomUUID().slice(0, 8)}@fixture.example`;
}

export async function createOrganisation(db: Database, name = `Gemeinde ${randomUUID().slice(0, 6)}`) {
  const [row] = await db.insert(organisations).values({ name, kind: "gemeinde", regierungsbezirk: "oberbayern" }).returning();
  return row!;
}

export async function createPerson(
  db: Database,
  options: { role?: PlatformRole; organisationId?: string; membershipRole?: MembershipRole; email?: string } = {},
) {
  cachedHash ??= hashPassword(FIXTURE_PASSWORD);
  const [user] = await db
    .insert(users)
    .values({ email: options.email ?? uniqueEmail(), name: "Fixture Person", passwordHash: await cachedHash, role: options.role ?? "member" })
    .returning({ id: users.id, email: users.email });
  if (options.organisationId) {
    await db.insert(memberships).values({ userId: user!.id, organisationId: options.organisationId, role: options.membershipRole ?? "member" });
  }
  return user!;
}

/** The user as the guards see it on a request: re-read from the database. */
export async function asCurrentUser(db: Database, userId: string): Promise<CurrentUser> {
  const loaded = await loadCurrentUser(db, userId);
  if (!loaded) throw new Error(`no user ${userId}`);
  return loaded.current;
}

export async function sessionVersionOf(db: Database, userId: string): Promise<number> {
  const [row] = await db.select({ v: users.sessionVersion }).from(users).where(eq(users.id, userId));
  return row!.v;
}

/** The AppError a service call refuses with; fails the test when it succeeds or throws anything else. */
export async function rejection(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error("expected an AppError");
}
