/**
 * Issue 12's figures: the plan page of a Kommune with 40 measures, timed as a
 * signed-in member requests it from the server, and the comparison with
 * similar Kommunen at national scale, timed as the result page runs it.
 */
import { sql } from "drizzle-orm";
import type { Pool } from "pg";
import { dbFor } from "../../../db/index";
import { loadCurrentUser } from "../../auth/signed-in-user";
import { ITEM_KEYS } from "../../kurzcheck/keys";
import { GROUP_HISTOGRAM_QUERY } from "../../../db/queries/statewide";
import { comparisonFigures } from "../../services/statewide";
import { timeSequential, type Summary } from "./stats";

export const PLAN_SIZE = 40;

/** Gives the editor's Kommune exactly PLAN_SIZE measures (idempotent across runs). */
export async function preparePlan(pool: Pool, organisationId: string, userId: string): Promise<void> {
  const { rows } = await pool.query<{ n: number }>("SELECT count(*)::int AS n FROM measures WHERE organisation_id = $1", [organisationId]);
  for (let i = rows[0]!.n; i < PLAN_SIZE; i++) {
    const { rows: created } = await pool.query<{ id: string }>(
      `INSERT INTO measures (organisation_id, title, description, responsible_user_id, due_on, target_score, status, created_by)
       VALUES ($1, $2, $3, $4, current_date + ($5 || ' days')::interval, $6, $7, $4) RETURNING id`,
      [
        organisationId,
        `Maßnahme ${i + 1} (Messung)`,
        "Beschreibung der Maßnahme für die Messung.",
        userId,
        String(((i * 9) % 300) - 60),
        (i % 11) * 10,
        ["planned", "in_progress", "done", "deferred"][i % 4],
      ],
    );
    await pool.query("INSERT INTO measure_items (measure_id, item_key) VALUES ($1, $2), ($1, $3)", [
      created[0]!.id,
      ITEM_KEYS[i % 13],
      ITEM_KEYS[(i + 5) % 13],
    ]);
    await pool.query("INSERT INTO measure_notes (measure_id, author_id, body) VALUES ($1, $2, 'Zwischenstand für die Messung.')", [created[0]!.id, userId]);
  }
}

/** Server time of the plan page for a signed-in member, one request after another. */
export async function planPageTimes(base: string, cookie: string, runs = 40): Promise<Summary> {
  return timeSequential(async () => {
    const response = await fetch(`${base}/kommune/massnahmen`, { headers: { Cookie: cookie } });
    if (response.status !== 200) throw new Error(`plan page answered ${response.status}`);
    await response.text();
  }, runs);
}

/**
 * The comparison as the result page runs it: with the group figures cached
 * (the usual case), and recomputed from scratch (after a submission in the
 * group, or every quarter of an hour), each with its own p95.
 */
export async function comparisonTimes(pool: Pool, organisationId: string, userId: string, runs = 20) {
  const db = dbFor(pool);
  const user = (await loadCurrentUser(db, userId))!.current;
  const cached = await timeSequential(() => comparisonFigures(db, user, organisationId), runs);
  const recomputed = await timeSequential(
    async () => {
      await pool.query("DELETE FROM group_figures");
      await comparisonFigures(db, user, organisationId);
    },
    Math.min(runs, 10),
  );
  const [organisation] = (await pool.query<{ kind: string }>("SELECT kind FROM organisations WHERE id = $1", [organisationId])).rows;
  const plan = (await db.execute<{ "QUERY PLAN": string }>(sql`EXPLAIN ${GROUP_HISTOGRAM_QUERY("kind", organisation!.kind)}`)).rows
    .map((r) => r["QUERY PLAN"])
    .join("\n");
  const groupSizes = (await comparisonFigures(db, user, organisationId)).map((g) => g.count);
  return { cached, recomputed, seqScanOnAnswers: /Seq Scan on answers/.test(plan), plan, groupSizes };
}
