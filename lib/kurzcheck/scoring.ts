/**
 * Scoring of the Kurz-Check: the index is the mean of the 13 answers (0–100);
 * three bands turn a value into a level with a name and a next step.
 */
import { ITEM_KEYS, isScore, type ItemKey, type Score } from "./keys";

export type BandKey = "low" | "middle" | "high";

export interface Band {
  key: BandKey;
  label: string;
  /** Item scores in this band, as shown to people ("0–30 %"). */
  range: string;
  description: string;
}

export const BANDS: Record<BandKey, Band> = {
  low: {
    key: "low",
    label: "Am Anfang",
    range: "0–30 %",
    description: "Hier ist noch wenig verankert. Ein erster, sichtbarer Schritt bringt viel.",
  },
  middle: {
    key: "middle",
    label: "Auf dem Weg",
    range: "40–60 %",
    description: "Es gibt gute Ansätze. Jetzt geht es darum, sie verbindlich und dauerhaft zu machen.",
  },
  high: {
    key: "high",
    label: "Gut aufgestellt",
    range: "70–100 %",
    description: "Das trägt bereits. Halten Sie es lebendig und entwickeln Sie es weiter.",
  },
};

/**
 * The band of a value from 0 to 100. Item scores are multiples of 10 and fall
 * into 0–30, 40–60, 70–100; a mean in between (e.g. 34.6) goes to the nearer band.
 */
export function bandOf(value: number): Band {
  if (value < 35) return BANDS.low;
  if (value < 65) return BANDS.middle;
  return BANDS.high;
}

/** Answers as the check form holds them: an item may still be open (null or missing). */
export type AnswerScores = Partial<Record<ItemKey, Score | null>>;

export interface CheckResult {
  answered: number;
  complete: boolean;
  /** Mean of the 13 answers, one decimal; null until all are answered. */
  index: number | null;
  band: Band | null;
  items: { key: ItemKey; score: Score | null; band: Band | null }[];
}

export function countAnswered(scores: AnswerScores): number {
  return ITEM_KEYS.filter((key) => isScore(scores[key] ?? Number.NaN)).length;
}

export function computeResult(scores: AnswerScores): CheckResult {
  const items = ITEM_KEYS.map((key) => {
    const value = scores[key];
    const score = value !== undefined && value !== null && isScore(value) ? value : null;
    return { key, score, band: score === null ? null : bandOf(score) };
  });
  const answered = items.filter((item) => item.score !== null).length;
  const complete = answered === ITEM_KEYS.length;
  const index = complete ? Math.round((items.reduce((sum, item) => sum + item.score!, 0) / ITEM_KEYS.length) * 10) / 10 : null;
  return { answered, complete, index, band: index === null ? null : bandOf(index), items };
}
