// Rules guarded (issue 14): an upgrade keeps every answer. A database at the previous release's
// schema (the first wave: migrations 0000–0003) with a realistic data set is migrated by today's
// code; every check, answer and comment is intact and readable through the services as the owner
// and as an advisor. A database newer than the code is refused, and a failed migration changes nothing.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPool, dbFor } from "@/db";
import { dropDatabase, ensureDatabase } from "@/db/embedded";
import { migrateDatabase, MIGRATIONS_FOLDER, readJournal } from "@/db/migrate";
import { replaceDatabase } from "@/lib/operations/database";
import { asCurrentUser } from "@/lib/tooling/testing/fixtures";
import { getResult } from "@/lib/services/checks";
import { loadReview } from "@/lib/services/reviews";

/** The first wave's release shipped migrations 0000–0003. */
const PREVIOUS_RELEASE = "0003_covering_indexes";
const suffix = Math.random().toString(36).slice(2, 8);
const DATABASE = `kc_upgrade_${suffix}`;
const admin = replaceDatabase(process.env.TEST_DATABASE_URL!, "postgres");
const url = replaceDatabase(process.env.TEST_DATABASE_URL!, DATABASE);
const folders: string[] = [];

/** A copy of the migrations whose journal ends at `lastTag` (and optionally gets one more, made-up entry). */
function migrationsUpTo(lastTag: string, extra?: { tag: string; sql: string; when?: number }): string {
  const folder = mkdtempSync(path.join(os.tmpdir(), "kurzcheck-migrationen-"));
  folders.push(folder);
  cpSync(MIGRATIONS_FOLDER, folder, { recursive: true });
  const journal = JSON.parse(readFileSync(path.join(folder, "meta", "_journal.json"), "utf8"));
  const end = journal.entries.findIndex((entry: { tag: string }) => entry.tag === lastTag);
  journal.entries = journal.entries.slice(0, end + 1);
  if (extra) {
    const last = journal.entries.at(-1);
    journal.entries.push({ ...last, idx: last.idx + 1, tag: extra.tag, when: extra.when ?? last.when + 1 });
    writeFileSync(path.join(folder, `${extra.tag}.sql`), extra.sql);
  }
  writeFileSync(path.join(folder, "meta", "_journal.json"), JSON.stringify(journal));
  return folder;
}

/**
 * A first-wave data set, written in the first wave's schema: 40 Kommunen of every kind and
 * district, an owner and a member each, three rounds (released with comments and replies,
 * submitted, draft) with notes that carry umlauts, quotes and line breaks, and an advisor.
 */
const FIRST_WAVE_DATA = `
INSERT INTO users (email, name, password_hash, role, email_confirmed_at)
VALUES ('beratung-alt@fixture.example', 'Beraterin Alt', 'x', 'advisor', now());
INSERT INTO organisations (name, kind, regierungsbezirk, ags, verified, verified_at)
SELECT 'Kommune ' || i, (enum_range(NULL::organisation_kind))[1 + i % 6], (enum_range(NULL::regierungsbezirk))[1 + i % 7],
       lpad((9000000 + i)::text, 8, '0'), i % 5 <> 0, CASE WHEN i % 5 <> 0 THEN now() - interval '300 days' END
FROM generate_series(1, 40) AS i;
INSERT INTO users (email, name, password_hash, email_confirmed_at)
SELECT 'person-' || o.ags || '-' || r || '@fixture.example', 'Person ' || o.ags || ' ' || r, 'x', now()
FROM organisations o, generate_series(1, 2) AS r;
INSERT INTO memberships (user_id, organisation_id, role)
SELECT u.id, o.id, CASE WHEN u.email LIKE '%-1@%' THEN 'owner'::membership_role ELSE 'member' END
FROM organisations o JOIN users u ON u.email LIKE 'person-' || o.ags || '-%';
INSERT INTO checks (organisation_id, round_title, status, created_by, submitted_at, submitted_by, review_started_at, reviewed_by, released_at, released_by)
SELECT o.id, 'Kurz-Check ' || (2022 + n), s.status, m.user_id,
       CASE WHEN s.status <> 'draft' THEN now() - (400 - n * 150) * interval '1 day' END,
       CASE WHEN s.status <> 'draft' THEN m.user_id END,
       CASE WHEN s.status = 'released' THEN now() - (390 - n * 150) * interval '1 day' END,
       CASE WHEN s.status = 'released' THEN (SELECT id FROM users WHERE role = 'advisor') END,
       CASE WHEN s.status = 'released' THEN now() - (380 - n * 150) * interval '1 day' END,
       CASE WHEN s.status = 'released' THEN (SELECT id FROM users WHERE role = 'advisor') END
FROM organisations o
JOIN memberships m ON m.organisation_id = o.id AND m.role = 'owner'
CROSS JOIN LATERAL (VALUES (0, 'released'::check_status), (1, 'submitted'::check_status), (2, 'draft'::check_status)) AS s(n, status);
INSERT INTO answers (check_id, item_key, score, note, updated_by)
SELECT c.id, k.key, CASE WHEN c.status = 'draft' AND k.n > 9 THEN NULL ELSE ((k.n * 7 + length(o.name)) % 11) * 10 END,
       CASE WHEN k.n % 4 = 0 THEN E'„Beschluss“ vom 12.03.' || k.n || E';\\nZuständig: Amt für Soziales & Integration – ' || o.name ELSE '' END,
       c.created_by
FROM checks c JOIN organisations o ON o.id = c.organisation_id
CROSS JOIN LATERAL (SELECT key, row_number() OVER () AS n FROM unnest(enum_range(NULL::item_key)) AS key) AS k;
INSERT INTO review_comments (check_id, item_key, author_id, body, released, from_kommune)
SELECT c.id, NULL::item_key, (SELECT id FROM users WHERE role = 'advisor'), 'Gesamtrückmeldung für ' || o.name || E': „weiter so“.\\nZweite Zeile.', true, false
FROM checks c JOIN organisations o ON o.id = c.organisation_id WHERE c.status = 'released'
UNION ALL
SELECT c.id, 'leitbild'::item_key, (SELECT id FROM users WHERE role = 'advisor'), 'Zum Leitbild: Beteiligen Sie den Beirat.', true, false
FROM checks c WHERE c.status = 'released'
UNION ALL
SELECT c.id, 'leitbild'::item_key, c.created_by, 'Danke, machen wir – Sitzung im Mai.', true, true
FROM checks c WHERE c.status = 'released'
UNION ALL
SELECT c.id, 'beschluss'::item_key, (SELECT id FROM users WHERE role = 'advisor'), 'Entwurf, noch nicht freigegeben.', false, false
FROM checks c WHERE c.status = 'submitted';
INSERT INTO audit_log (actor_id, action, entity_type, entity_id, organisation_id)
SELECT c.created_by, 'check.submitted', 'check', c.id::text, c.organisation_id FROM checks c WHERE c.status <> 'draft';
`;

interface Snapshot {
  answers: string[];
  comments: string[];
  checks: string[];
}

async function snapshot(): Promise<Snapshot> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const rows = async (query: string) => (await client.query<{ r: string }>(query)).rows.map((row) => row.r).sort();
    return {
      answers: await rows("SELECT concat_ws('|', check_id, item_key, score, note, version) AS r FROM answers"),
      comments: await rows("SELECT concat_ws('|', id, check_id, item_key, author_id, body, released, from_kommune) AS r FROM review_comments"),
      checks: await rows("SELECT concat_ws('|', id, organisation_id, round_title, status, submitted_at) AS r FROM checks"),
    };
  } finally {
    await client.end();
  }
}

describe("upgrade from the previous release with data", () => {
  let before: Snapshot;

  beforeAll(async () => {
    await ensureDatabase(admin, DATABASE);
    await migrateDatabase(url, migrationsUpTo(PREVIOUS_RELEASE));
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await client.query(FIRST_WAVE_DATA);
    } finally {
      await client.end();
    }
    before = await snapshot();
  }, 60_000);

  afterAll(async () => {
    await dropDatabase(admin, DATABASE);
    for (const folder of folders) rmSync(folder, { recursive: true, force: true });
  });

  it("today's migrations keep every check, answer and comment, readable through the services", async () => {
    expect(before.checks).toHaveLength(120);
    expect(before.answers).toHaveLength(120 * 13);
    await migrateDatabase(url);
    expect(await snapshot()).toEqual(before);

    const pool = createPool(url, { max: 2 });
    const db = dbFor(pool);
    try {
      const { rows } = await pool.query<{ check_id: string; organisation_id: string; status: string; owner_id: string }>(
        `SELECT c.id AS check_id, c.organisation_id, c.status, m.user_id AS owner_id
         FROM checks c JOIN memberships m ON m.organisation_id = c.organisation_id AND m.role = 'owner'`,
      );
      const advisor = await asCurrentUser(db, (await pool.query<{ id: string }>("SELECT id FROM users WHERE role = 'advisor'")).rows[0]!.id);
      let commentsRead = 0;
      for (const row of rows) {
        const owner = await asCurrentUser(db, row.owner_id);
        const result = await getResult(db, owner, row.organisation_id, row.check_id);
        const stored = before.answers.filter((line) => line.startsWith(`${row.check_id}|`));
        expect(result.answers).toHaveLength(stored.length);
        for (const answer of result.answers) {
          // concat_ws leaves out NULLs (an unanswered score), and so does this.
          expect(stored).toContain([row.check_id, answer.itemKey, answer.score, answer.note, answer.version].filter((v) => v !== null).join("|"));
        }
        if (row.status === "released") expect(result.comments.map((c) => c.body)).toContain("Zum Leitbild: Beteiligen Sie den Beirat.");
        if (row.status !== "draft") {
          const review = await loadReview(db, advisor, row.check_id);
          commentsRead += review.comments.length;
          expect(review.answers).toHaveLength(13);
        }
      }
      expect(commentsRead).toBe(before.comments.length);
    } finally {
      await pool.end();
    }
  }, 120_000);

  it("a database newer than the code is refused, and a failing migration changes nothing", async () => {
    const newestKnown = Math.max(...readJournal().entries.map((entry) => entry.when));
    const last = readJournal().entries.at(-1)!.tag;
    // A future release's migration applied by that release ...
    await migrateDatabase(url, migrationsUpTo(last, { tag: "9999_future", sql: "CREATE TABLE future_feature (id int);", when: newestKnown + 1_000 }));
    // ... makes today's code refuse to start.
    await expect(migrateDatabase(url)).rejects.toThrow(/neueres Schema als dieser Programmstand/);

    // A migration that fails half-way is rolled back as a whole.
    const scratch = `kc_upgrade_halb_${suffix}`;
    await ensureDatabase(admin, scratch);
    const scratchUrl = replaceDatabase(process.env.TEST_DATABASE_URL!, scratch);
    try {
      await expect(
        migrateDatabase(
          scratchUrl,
          migrationsUpTo(PREVIOUS_RELEASE, { tag: "0004_broken", sql: "CREATE TABLE half_done (id int);--> statement-breakpoint\nSELECT 1/0;" }),
        ),
      ).rejects.toThrow();
      const client = new pg.Client({ connectionString: scratchUrl });
      await client.connect();
      const { rows } = await client.query("SELECT to_regclass('public.answers') AS answers, to_regclass('public.half_done') AS half");
      await client.end();
      expect(rows[0]).toEqual({ answers: null, half: null });
    } finally {
      await dropDatabase(admin, scratch);
    }
  });
});
