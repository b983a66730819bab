// Rule guarded: the database itself refuses answers outside the paper scale
// (0–100 in steps of 10), notes over 2,000 characters, unknown item keys and
// a second open draft per Kommune — whatever code tries to write them.
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dbFor, testPool } from "@/lib/tooling/testing/db";
import { answers, checks, organisations } from "./schema";

const pool = testPool();
const db = dbFor(pool);
let checkId: string;
let organisationId: string;

beforeAll(async () => {
  const [org] = await db.insert(organisations).values({ name: "Gemeinde Schematest", kind: "gemeinde", regierungsbezirk: "oberpfalz" }).returning();
  organisationId = org!.id;
  const [created] = await db.insert(checks).values({ organisationId, roundTitle: "Kurz-Check Test" }).returning();
  checkId = created!.id;
});

afterAll(async () => {
  await db.delete(organisations).where(eq(organisations.id, organisationId));
  await pool.end();
});

/** The error pg raised, unwrapped from drizzle's query error. */
async function rejection(promise: Promise<unknown>): Promise<{ code?: string; constraint?: string }> {
  try {
    await promise;
  } catch (error) {
    const cause = (error as { cause?: unknown }).cause ?? error;
    return cause as { code?: string; constraint?: string };
  }
  throw new Error("expected the database to refuse the write");
}

describe("answers", () => {
  it.each([55, 110, -10])("rejects a score of %i", async (score) => {
    const error = await rejection(db.insert(answers).values({ checkId, itemKey: "leitbild", score }));
    expect(error.code).toBe("23514"); // check_violation
    expect(error.constraint).toBe("answers_score_scale");
  });

  it("accepts every score of the scale and an open item", async () => {
    for (const score of [0, 10, 50, 100, null]) {
      await db
        .insert(answers)
        .values({ checkId, itemKey: "beschluss", score })
        .onConflictDoUpdate({ target: [answers.checkId, answers.itemKey], set: { score } });
      const [row] = await db.select().from(answers).where(eq(answers.checkId, checkId));
      expect(row?.score).toBe(score);
    }
  });

  it("rejects an unknown item key", async () => {
    const error = await rejection(db.execute(sql`INSERT INTO answers (check_id, item_key, score) VALUES (${checkId}, 'hausaufgaben', 50)`));
    expect(error.code).toBe("22P02"); // invalid_text_representation: not a value of the item_key enum
  });

  it("rejects a note over 2,000 characters", async () => {
    const error = await rejection(db.insert(answers).values({ checkId, itemKey: "konzept", note: "x".repeat(2001) }));
    expect(error.constraint).toBe("answers_note_length");
  });
});

describe("checks", () => {
  it("allows only one open draft per Kommune", async () => {
    const error = await rejection(db.insert(checks).values({ organisationId, roundTitle: "Zweiter Entwurf" }));
    expect(error.code).toBe("23505"); // unique_violation
    expect(error.constraint).toBe("checks_one_draft_per_organisation");
  });
});

describe("organisations", () => {
  it("rejects an AGS that is not 8 digits", async () => {
    const error = await rejection(db.insert(organisations).values({ name: "Markt Falsch", kind: "markt", regierungsbezirk: "schwaben", ags: "0916A000" }));
    expect(error.constraint).toBe("organisations_ags_digits");
  });
});
