/**
 * The anonymous trial lives only in the visitor's browser (localStorage).
 * The registration takes it over from here as a first draft.
 */
import { ITEM_KEYS, isScore } from "./keys";
import type { AnswerScores } from "./scoring";

export const TRIAL_STORAGE_KEY = "kurzcheck.trial.v1";
/** The kind of Kommune chosen in the trial (optional), for next steps that differ by kind. */
export const TRIAL_KIND_STORAGE_KEY = "kurzcheck.trial.art.v1";

/**
 * Reads stored answers, keeping only valid ones: storage can hold anything
 * (an old version, a hand edit), and a bad entry must not break the page.
 */
export function parseTrialAnswers(raw: string | null): AnswerScores {
  if (!raw) return {};
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return {};
  }
  if (typeof data !== "object" || data === null) return {};
  const answers: AnswerScores = {};
  // Checked with the scale's own guard rather than zod, to keep zod out of the browser bundle.
  for (const key of ITEM_KEYS) {
    const value = (data as Record<string, unknown>)[key];
    if (typeof value === "number" && isScore(value)) answers[key] = value;
  }
  return answers;
}

export function serializeTrialAnswers(answers: AnswerScores): string {
  return JSON.stringify(answers);
}

/** The 13 answers in a link's fragment ("#antworten=50-60-_-…"): never sent to the server, so nothing of them is stored there. */
export const FRAGMENT_KEY = "antworten";

/** The fragment that carries `answers` (in item order; "_" for an open item) and, if chosen, the kind of Kommune. */
export function answersToFragment(answers: AnswerScores, kind: string | null): string {
  const values = ITEM_KEYS.map((key) => (answers[key] === undefined || answers[key] === null ? "_" : String(answers[key])));
  return `${FRAGMENT_KEY}=${values.join("-")}${kind ? `&art=${encodeURIComponent(kind)}` : ""}`;
}

/** The answers and kind a link's fragment carries; null when it carries none or is malformed (a link is anyone's to edit). */
export function answersFromFragment(fragment: string): { answers: AnswerScores; kind: string | null } | null {
  const params = new URLSearchParams(fragment.replace(/^#/, ""));
  const raw = params.get(FRAGMENT_KEY);
  if (!raw) return null;
  const values = raw.split("-");
  if (values.length !== ITEM_KEYS.length) return null;
  const answers: AnswerScores = {};
  for (const [index, key] of ITEM_KEYS.entries()) {
    const value = values[index]!;
    if (value === "_") continue;
    const score = Number(value);
    if (!/^\d{1,3}$/.test(value) || !isScore(score)) return null;
    answers[key] = score;
  }
  return { answers, kind: params.get("art") };
}
