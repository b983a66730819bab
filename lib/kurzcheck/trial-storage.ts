/**
 * The anonymous trial lives only in the visitor's browser (localStorage).
 * The registration takes it over from here as a first draft.
 */
import { trialAnswersSchema } from "@/lib/validation/check";
import { ITEM_KEYS } from "./keys";
import type { AnswerScores } from "./scoring";

export const TRIAL_STORAGE_KEY = "kurzcheck.trial.v1";

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
  for (const key of ITEM_KEYS) {
    const parsed = trialAnswersSchema.safeParse({ [key]: (data as Record<string, unknown>)[key] });
    const value = parsed.success ? parsed.data[key] : undefined;
    if (value !== undefined && value !== null) answers[key] = value;
  }
  return answers;
}

export function serializeTrialAnswers(answers: AnswerScores): string {
  return JSON.stringify(answers);
}
