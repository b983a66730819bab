/**
 * Scoring of the Kurz-Check: the index is the mean of the 13 answers (0–100);
 * three bands turn a value into a level with a name and a next step.
 */
import { ITEM_KEYS, isScore, type ItemKey, type Score } from "./keys";

export type BandKey = "low" | "middle" | "high";

export interface Band {
  key: BandKey;
  label: string;
  description: string;
}

/**
 * Where the bands begin. An item's score is a multiple of 10, so an item is
 * "Am Anfang" at 0 to 30, "Auf dem Weg" at 40 to 60, "Gut aufgestellt" at
 * 70 to 100; the index is a mean and can fall in between (33.8), so its
 * bands are said with these limits.
 */
export const BAND_LIMITS = { middleFrom: 35, highFrom: 65 } as const;

export const BANDS: Record<BandKey, Band> = {
  low: {
    key: "low",
    label: "Am Anfang",
    description: "Hier ist noch wenig verankert. Ein erster, sichtbarer Schritt bringt viel.",
  },
  middle: {
    key: "middle",
    label: "Auf dem Weg",
    description: "Es gibt gute Ansätze. Jetzt geht es darum, sie verbindlich und dauerhaft zu machen.",
  },
  high: {
    key: "high",
    label: "Gut aufgestellt",
    description: "Das trägt bereits. Halten Sie es lebendig und entwickeln Sie es weiter.",
  },
};

/** The band of a value from 0 to 100 (see BAND_LIMITS). */
export function bandOf(value: number): Band {
  if (value < BAND_LIMITS.middleFrom) return BANDS.low;
  if (value < BAND_LIMITS.highFrom) return BANDS.middle;
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

/**
 * The bands as the code computes them, in one sentence for people: for the
 * items (multiples of 10) and for the index (any mean), so that 33.8 % is
 * "Am Anfang" in plain words too.
 */
export function bandsExplained(format: (value: number) => string): string {
  const { middleFrom, highFrom } = BAND_LIMITS;
  return (
    `Stufen einer Frage: ${BANDS.low.label} bei ${format(0)} bis ${format(30)}, ${BANDS.middle.label} bei ${format(40)} bis ${format(60)}, ` +
    `${BANDS.high.label} bei ${format(70)} bis ${format(100)}. Der Index als Mittelwert liegt auch dazwischen: ${BANDS.low.label} unter ${format(middleFrom)}, ` +
    `${BANDS.middle.label} von ${format(middleFrom)} bis unter ${format(highFrom)}, ${BANDS.high.label} ab ${format(highFrom)}.`
  );
}
