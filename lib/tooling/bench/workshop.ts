/**
 * Issue 13's figures: a workshop of 60 participants who all submit within
 * 30 s. Each participant posts the real server action of /mitmachen/[code]
 * (encoded as React's client encodes it) from a browser without cookies; the
 * facilitator's projector view is the real Server-Sent-Events stream of the
 * signed-in owner. Measured: the p95 of a submission, and the time from a
 * participant's "Antworten absenden" until the stream carries a count that
 * includes it.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import type { Pool } from "pg";
import { initialFormState } from "../../actions/form-state";
import { ITEM_KEYS } from "../../kurzcheck/keys";
import { PERSPECTIVE_KEYS } from "../../kurzcheck/perspectives";
import { ROOT } from "../../operations/processes";
import { sleep, summarise, type Summary } from "./stats";

const require = createRequire(import.meta.url);
// React's own encoder of server-action arguments, as Next.js ships it.
const { encodeReply } = require(path.join(ROOT, "node_modules/next/dist/compiled/react-server-dom-webpack/client.node.js")) as {
  encodeReply: (value: unknown) => Promise<FormData | string>;
};

export interface WorkshopFigures {
  participants: number;
  failures: number;
  submission: Summary;
  toProjector: Summary;
  /** Messages the projector's stream carried (one per change at most). */
  messages: number;
}

/** The id of a server action in the build, found by its file and export (as the browser's bundle knows it). */
export function actionId(filename: string, exportedName: string): string {
  const manifest = JSON.parse(readFileSync(path.join(ROOT, ".next/server/server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { filename?: string; exportedName?: string }>;
  };
  const found = Object.entries(manifest.node).find(([, entry]) => entry.filename === filename && entry.exportedName === exportedName);
  if (!found) throw new Error(`server action ${exportedName} not in the build`);
  return found[0];
}

/** Opens a workshop on the Kommune's draft, as "Workshop starten" does. */
export async function openWorkshop(pool: Pool, checkId: string): Promise<{ id: string; code: string }> {
  await pool.query("UPDATE workshops SET ended_at = now() WHERE check_id = $1 AND ended_at IS NULL", [checkId]);
  const code = `B${Math.random()
    .toString(36)
    .slice(2, 7)
    .toUpperCase()
    .replace(/[01IO]/g, "X")}`;
  const { rows } = await pool.query<{ id: string }>(
    `INSERT INTO workshops (check_id, organisation_id, code, started_by)
     SELECT id, organisation_id, $2, created_by FROM checks WHERE id = $1 RETURNING id`,
    [checkId, code],
  );
  return { id: rows[0]!.id, code };
}

/** The projector view's stream: calls `onCount` with every count it carries, at arrival. */
async function followProjector(base: string, cookie: string, workshopId: string, onCount: (count: number, at: number) => void, signal: AbortSignal) {
  const response = await fetch(`${base}/api/workshops/${workshopId}/ereignisse`, { headers: { Cookie: cookie }, signal });
  if (response.status !== 200 || !response.body) throw new Error(`projector stream answered ${response.status}`);
  const decoder = new TextDecoder();
  let buffer = "";
  void (async () => {
    try {
      for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
        buffer += decoder.decode(chunk, { stream: true });
        let end: number;
        while ((end = buffer.indexOf("\n\n")) >= 0) {
          const event = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const data = event.split("\n").find((line) => line.startsWith("data: "));
          if (data) onCount((JSON.parse(data.slice(6)) as { responses: number }).responses, performance.now());
        }
      }
    } catch {
      // aborted at the end of the run
    }
  })();
}

/** One participant's submission through the server action, as the phone's browser sends it. */
async function submit(base: string, code: string, action: string, participant: number): Promise<boolean> {
  const form = new FormData();
  form.append("code", code);
  form.append("perspective", PERSPECTIVE_KEYS[participant % PERSPECTIVE_KEYS.length]!);
  ITEM_KEYS.forEach((key, item) => {
    form.append(key, String(((participant + item) % 11) * 10));
    form.append(`anmerkung-${key}`, item === 0 ? `Sicht ${participant}` : "");
  });
  return postFormAction(`${base}/mitmachen/${code}`, action, form);
}

/**
 * Posts a form to a server action as React's client does; true when it ended
 * in the redirect to the thanks (a refusal answers 200 with the form's error state).
 */
export async function postFormAction(url: string, action: string, form: FormData, headers: Record<string, string> = {}): Promise<boolean> {
  const body = await encodeReply([initialFormState, form]);
  const response = await fetch(url, {
    method: "POST",
    headers: { "Next-Action": action, Origin: new URL(url).origin, Accept: "text/x-component", ...headers },
    body,
    redirect: "manual",
  });
  await response.arrayBuffer();
  return (response.headers.get("x-action-redirect") ?? "").includes("danke");
}

/** `participants` submissions spread evenly at random over `seconds`, with the projector listening. */
export async function workshopRun(
  base: string,
  ownerCookie: string,
  workshop: { id: string; code: string },
  participants = 60,
  seconds = 30,
): Promise<WorkshopFigures> {
  const action = actionId("app/(gast)/actions.ts", "submitWorkshopAction");
  const counts: { count: number; at: number }[] = [];
  const stop = new AbortController();
  await followProjector(base, ownerCookie, workshop.id, (count, at) => counts.push({ count, at }), stop.signal);
  const done: { started: number; finished: number; ok: boolean }[] = [];
  await Promise.all(
    Array.from({ length: participants }, async (_, participant) => {
      await sleep(Math.random() * seconds * 1_000);
      const started = performance.now();
      const ok = await submit(base, workshop.code, action, participant).catch(() => false);
      done.push({ started, finished: performance.now(), ok });
    }),
  );
  await sleep(1_500); // the last counts on their way
  stop.abort();
  const succeeded = done.filter((d) => d.ok).sort((a, b) => a.finished - b.finished);
  // The k-th finished submission is shown once the stream carries a count of k or more.
  const toProjector = succeeded.map((submission, index) => {
    const shown = counts.find((c) => c.count >= index + 1 && c.at >= submission.started);
    return shown ? shown.at - submission.started : Number.POSITIVE_INFINITY;
  });
  return {
    participants,
    failures: done.length - succeeded.length,
    submission: summarise(succeeded.map((d) => d.finished - d.started)),
    toProjector: summarise(toProjector),
    messages: counts.length,
  };
}
