/**
 * A data set as large as all of Germany, generated inside PostgreSQL (no data
 * crosses the wire, so it loads in seconds): 11,000 Kommunen with a realistic
 * mix of kinds over the seven Bavarian districts, one owner each, 5 yearly
 * submitted rounds of 13 answers with notes, 30 advisors and released
 * comments on a fifth of the checks. Deterministic (fixed random seed).
 */
import { sql } from "drizzle-orm";
import type { Database } from "../../../db/index";

export const LARGE = { organisations: 11_000, rounds: 5, advisors: 30 } as const;

export async function generateLargeDataSet(db: Database, passwordHash: string): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.execute(sql`SELECT setseed(0.2026)`);
    await tx.execute(sql`
      INSERT INTO users (email, name, password_hash, role, email_confirmed_at)
      SELECT 'beratung' || i || '@gross.example', 'Beratung ' || i, ${passwordHash}, 'advisor', now()
      FROM generate_series(1, ${LARGE.advisors}) i`);
    // Kinds roughly as in Germany: mostly Gemeinden, then Städte, Märkte, Landkreise.
    await tx.execute(sql`
      INSERT INTO organisations (name, kind, regierungsbezirk, ags, verified, verified_at, created_at)
      SELECT
        CASE k.kind WHEN 'landkreis' THEN 'Landkreis ' WHEN 'markt' THEN 'Markt ' WHEN 'gemeinde' THEN 'Gemeinde ' ELSE 'Stadt ' END
          || 'Musterort ' || lpad(i::text, 5, '0'),
        k.kind::organisation_kind,
        (enum_range(NULL::regierungsbezirk))[1 + (i % 7)],
        '09' || lpad(i::text, 6, '0'),
        i % 50 <> 0, CASE WHEN i % 50 <> 0 THEN now() - interval '5 years' END,
        now() - interval '6 years' + (i || ' minutes')::interval
      FROM generate_series(1, ${LARGE.organisations}) i
      CROSS JOIN LATERAL (SELECT CASE
        WHEN i % 100 < 70 THEN 'gemeinde' WHEN i % 100 < 80 THEN 'markt' WHEN i % 100 < 92 THEN 'stadt'
        WHEN i % 100 < 95 THEN 'grosse_kreisstadt' WHEN i % 100 < 97 THEN 'kreisfreie_stadt' ELSE 'landkreis' END AS kind) k`);
    await tx.execute(sql`
      WITH owners AS (
        INSERT INTO users (email, name, password_hash, email_confirmed_at)
        SELECT 'kommune-' || o.ags || '@gross.example', 'Verantwortlich ' || o.ags, ${passwordHash}, now()
        FROM organisations o WHERE o.ags LIKE '09%' AND o.name LIKE '%Musterort%'
        RETURNING id, email
      )
      INSERT INTO memberships (user_id, organisation_id, role)
      SELECT w.id, o.id, 'owner' FROM owners w JOIN organisations o ON 'kommune-' || o.ags || '@gross.example' = w.email`);
    await tx.execute(sql`
      INSERT INTO checks (organisation_id, round_title, status, created_by, created_at, submitted_at, submitted_by, released_at)
      SELECT o.id, 'Kurz-Check ' || (2020 + r), CASE WHEN r % 3 = 0 THEN 'released' ELSE 'submitted' END::check_status, m.user_id,
             make_timestamptz(2020 + r, 3, 1, 9, 0, 0) + (random() * interval '200 days'),
             make_timestamptz(2020 + r, 10, 1, 9, 0, 0) + (random() * interval '60 days'), m.user_id,
             CASE WHEN r % 3 = 0 THEN make_timestamptz(2020 + r, 12, 15, 9, 0, 0) END
      FROM organisations o JOIN memberships m ON m.organisation_id = o.id
      CROSS JOIN generate_series(2, ${LARGE.rounds + 1}) r
      WHERE o.name LIKE '%Musterort%'`);
    // Scores drift upwards over the rounds, as real Kommunen tend to improve.
    await tx.execute(sql`
      INSERT INTO answers (check_id, item_key, score, note, updated_by, updated_at)
      SELECT c.id, k.key,
             least(100, greatest(0, (round((random() * 60 + (extract(year FROM c.submitted_at) - 2022) * 6) / 10) * 10)))::smallint,
             CASE WHEN random() < 0.4 THEN 'Stand ' || extract(year FROM c.submitted_at) || ': erste Schritte sind gemacht, weitere geplant.' ELSE '' END,
             c.submitted_by, c.submitted_at
      FROM checks c JOIN organisations o ON o.id = c.organisation_id AND o.name LIKE '%Musterort%'
      CROSS JOIN unnest(enum_range(NULL::item_key)) k(key)`);
    await tx.execute(sql`
      WITH advisors AS (SELECT array_agg(id ORDER BY id) AS ids FROM users WHERE email LIKE 'beratung%@gross.example')
      INSERT INTO review_comments (check_id, item_key, author_id, body, released)
      SELECT c.id, CASE WHEN random() < 0.5 THEN NULL ELSE (enum_range(NULL::item_key))[1 + floor(random() * 13)::int] END,
             advisors.ids[1 + floor(random() * ${LARGE.advisors})::int],
             'Gute Entwicklung. Als nächsten Schritt empfehlen wir, die Ziele mit allen Ämtern abzustimmen.', c.status = 'released'
      FROM checks c JOIN organisations o ON o.id = c.organisation_id AND o.name LIKE '%Musterort%'
      CROSS JOIN advisors
      WHERE random() < 0.2`);
  });
  // VACUUM as well: it sets the visibility map, without which index-only scans still visit the heap
  // (autovacuum would do the same on a live server, some minutes later).
  await db.execute(sql`VACUUM ANALYZE`);
}
