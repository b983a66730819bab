/** Kommunen with a submitted check, written straight into the test database for figures that need a crowd. */
import type { Page } from "@playwright/test";
import { ITEM_KEYS } from "../../lib/kurzcheck/keys";
import { testDb } from "./accounts";

let batch = 0;

/**
 * Creates `count` verified Kommunen of one kind and district, each with a
 * submitted check whose 13 scores are `scores` (one per item, or one for all).
 * Returns their ids.
 */
export async function seedSubmittedKommunen(
  count: number,
  options: { regierungsbezirk: string; kind: string; scores: number | number[]; label?: string },
): Promise<string[]> {
  batch += 1;
  const db = testDb();
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const name = `${options.label ?? "Vergleichsort"} ${Date.now().toString(36)}-${batch}-${i}`;
    const { rows } = await db.query<{ id: string }>(
      "INSERT INTO organisations (name, kind, regierungsbezirk, verified, verified_at) VALUES ($1, $2, $3, true, now()) RETURNING id",
      [name, options.kind, options.regierungsbezirk],
    );
    const organisationId = rows[0]!.id;
    const check = await db.query<{ id: string }>(
      "INSERT INTO checks (organisation_id, round_title, status, submitted_at) VALUES ($1, 'Kurz-Check 2026', 'submitted', now() - interval '1 day') RETURNING id",
      [organisationId],
    );
    const scores = ITEM_KEYS.map((_, item) => (Array.isArray(options.scores) ? options.scores[item]! : options.scores));
    await db.query("INSERT INTO answers (check_id, item_key, score) SELECT $1, key::item_key, score FROM unnest($2::text[], $3::int[]) AS t(key, score)", [
      check.rows[0]!.id,
      ITEM_KEYS,
      scores,
    ]);
    ids.push(organisationId);
  }
  // A submission through the portal drops the cached group figures; so does this.
  await db.query("DELETE FROM group_figures");
  return ids;
}

/**
 * From /kommune into the Kommune's draft: "Kurz-Check beginnen" when there is
 * none, else the open draft's "Entwurf fortsetzen" (or "… einreichen").
 */
export async function openDraftFromOverview(page: Page): Promise<string> {
  await page.goto("/kommune");
  const existing = page.getByRole("link", { name: /^Entwurf (fortsetzen|prüfen und einreichen)$/ });
  if (await existing.count()) await existing.click();
  else await page.getByRole("button", { name: "Kurz-Check beginnen" }).click();
  await page.waitForURL(/\/kommune\/checks\/[0-9a-f-]{36}$/);
  return page.url().split("/").pop()!;
}
