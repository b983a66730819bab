/**
 * Autosave under concurrent editors. Each editor works on their own
 * Kommune's draft: saves one item (PUT with the version they last saw),
 * waits a think time, saves the next. The same loop runs once through the
 * portal and once as the bare versioned upsert sent directly with pg, so the
 * two figures differ only by what the portal adds.
 */
import type { Pool } from "pg";
import { ITEM_KEYS } from "../../kurzcheck/keys";
import type { Editor } from "./editors";
import { sleep, summarise, type Summary } from "./stats";

export interface LoadShape {
  seconds: number;
  /** Pause between two saves of one editor, drawn evenly from [min, max] ms; [0, 0] is a closed loop. */
  thinkMs: [number, number];
}

export interface AutosaveFigures extends Summary {
  saves: number;
  savesPerSecond: number;
  failures: number;
}

type Save = (editor: Editor, item: (typeof ITEM_KEYS)[number], score: number, note: string) => Promise<boolean>;

async function drive(editors: Editor[], shape: LoadShape, save: Save): Promise<AutosaveFigures> {
  const warmUpUntil = performance.now() + 2_000;
  const endAt = warmUpUntil + shape.seconds * 1_000;
  const times: number[] = [];
  let failures = 0;
  await Promise.all(
    editors.map(async (editor, index) => {
      // Spread the first saves, as editors do not all start in the same millisecond.
      await sleep(Math.random() * Math.max(shape.thinkMs[1], 50));
      for (let round = index; performance.now() < endAt; round++) {
        const item = ITEM_KEYS[round % ITEM_KEYS.length]!;
        const started = performance.now();
        const ok = await save(editor, item, (round % 11) * 10, `Messung ${round}`);
        const finished = performance.now();
        if (!ok) failures++;
        else if (started >= warmUpUntil && finished <= endAt) times.push(finished - started);
        const [min, max] = shape.thinkMs;
        if (max > 0) await sleep(min + Math.random() * (max - min));
      }
    }),
  );
  return { ...summarise(times), saves: times.length, savesPerSecond: times.length / shape.seconds, failures };
}

/** Through the portal: PUT /api/checks/{id}/answers/{item} with the editor's session cookie. */
export function autosaveThroughPortal(base: string, editors: Editor[], shape: LoadShape): Promise<AutosaveFigures> {
  return drive(editors, shape, async (editor, item, score, note) => {
    const response = await fetch(`${base}/api/checks/${editor.checkId}/answers/${item}`, {
      method: "PUT",
      headers: { Origin: base, Cookie: editor.cookie, "Content-Type": "application/json" },
      body: JSON.stringify({ score, note, baseVersion: editor.versions.get(item) ?? 0 }),
    });
    const body = (await response.json()) as { version?: number };
    if (!response.ok || typeof body.version !== "number") return false;
    editor.versions.set(item, body.version);
    return true;
  });
}

/** The same versioned upsert directly with pg, one pooled connection per editor. */
export function autosaveDirect(pool: Pool, editors: Editor[], shape: LoadShape): Promise<AutosaveFigures> {
  return drive(editors, shape, async (editor, item, score, note) => {
    const result = await pool.query<{ version: number }>(
      `UPDATE answers SET score = $1, note = $2, version = version + 1, updated_at = now()
       WHERE check_id = $3 AND item_key = $4 AND version = $5 RETURNING version`,
      [score, note, editor.checkId, item, editor.versions.get(item) ?? 0],
    );
    const version = result.rows[0]?.version;
    if (version === undefined) return false;
    editor.versions.set(item, version);
    return true;
  });
}
