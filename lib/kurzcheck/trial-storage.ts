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
