/**
 * What a resident survey's answers say: per statement how many chose each
 * answer and its index (0–100), per area and overall the mean of the
 * indices, and the residents' view beside the Kommune's own Kurz-Check.
 * Pure: computed from counts (the database aggregates), tested on its own.
 */
import type { ItemKey } from "./keys";
import { AGREEMENT, indexPoints, isAgreement, surveyInstrument, type Agreement, type SurveyAreaKey } from "./survey";

export interface AnswerCount {
  statementKey: string;
  value: number;
  n: number;
}

export interface StatementFigure {
  key: string;
  area: SurveyAreaKey;
  number: number;
  counts: Record<Agreement, number>;
  /** Everyone who answered it, "weiß nicht" included. */
  answered: number;
  /** 0–100 over the answers other than "weiß nicht"; null when there are none. */
  index: number | null;
}

export interface SurveyFigures {
  statements: StatementFigure[];
  areas: { key: SurveyAreaKey; index: number | null }[];
  overall: number | null;
}

const mean = (values: readonly number[]) => (values.length ? values.reduce((sum, value) => sum + value, 0) / values.length : null);

/** Figures of one survey (or one group of it) from its answer counts; counts of unknown statements or values are ignored. */
export function surveyFigures(version: number, counts: readonly AnswerCount[]): SurveyFigures {
  const instrument = surveyInstrument(version);
  let number = 0;
  const statements: StatementFigure[] = instrument.areas.flatMap((area) =>
    area.statements.map((statement) => {
      number += 1;
      const tally = Object.fromEntries(AGREEMENT.map((value) => [value, 0])) as Record<Agreement, number>;
      let points = 0;
      let scored = 0;
      for (const row of counts) {
        if (row.statementKey !== statement.key || !isAgreement(row.value)) continue;
        tally[row.value] += row.n;
        const value = indexPoints(statement, row.value);
        if (value !== null) {
          points += value * row.n;
          scored += row.n;
        }
      }
      const answered = AGREEMENT.reduce<number>((sum, value) => sum + tally[value], 0);
      return { key: statement.key, area: area.key, number, counts: tally, answered, index: scored ? points / scored : null };
    }),
  );
  const areas = instrument.areas.map((area) => ({
    key: area.key,
    index: mean(statements.filter((statement) => statement.area === area.key && statement.index !== null).map((statement) => statement.index!)),
  }));
  return { statements, areas, overall: mean(areas.flatMap((area) => (area.index === null ? [] : [area.index]))) };
}

/** Counts of several groups added up per statement and answer (a survey's total from its groups). */
export function sumCounts(rows: readonly AnswerCount[]): AnswerCount[] {
  const sums = new Map<string, AnswerCount>();
  for (const row of rows) {
    const key = `${row.statementKey}\u0000${row.value}`;
    const sum = sums.get(key);
    if (sum) sum.n += row.n;
    else sums.set(key, { statementKey: row.statementKey, value: row.value, n: row.n });
  }
  return [...sums.values()];
}

export interface AreaComparison {
  area: SurveyAreaKey;
  items: readonly ItemKey[];
  /** The Kommune's own answer to the area's items (their mean, 0–100), or null when not answered. */
  own: number | null;
  residents: number | null;
  /** own − residents: positive where the Kommune sees itself better than its residents do. */
  gap: number | null;
}

/** "Sicht der Befragten": each area beside the Kommune's own scores of its items, the largest gaps first. */
export function besideSelfAssessment(version: number, figures: SurveyFigures, ownScores: Partial<Record<ItemKey, number | null>>): AreaComparison[] {
  const comparisons = surveyInstrument(version).areas.map((area) => {
    const own = mean(area.items.flatMap((item) => (typeof ownScores[item] === "number" ? [ownScores[item]] : [])));
    const residents = figures.areas.find((figure) => figure.key === area.key)?.index ?? null;
    return { area: area.key, items: area.items, own, residents, gap: own !== null && residents !== null ? own - residents : null };
  });
  return comparisons.sort((a, b) => Math.abs(b.gap ?? -1) - Math.abs(a.gap ?? -1));
}

/**
 * Whether the groups of migration history may be shown: both, or neither.
 * Beside the total, one group shown would reveal the other by subtraction;
 * and the rest (no answer, "keine Angabe") is total − both, so it must be
 * empty or large enough too. When any of them is small, all are withheld
 * (complementary suppression).
 */
export function showableGroups(sizes: { mit: number; ohne: number; rest: number }, minimum: number): boolean {
  return sizes.mit >= minimum && sizes.ohne >= minimum && (sizes.rest === 0 || sizes.rest >= minimum);
}

/**
 * Respondents per category (age band, years in the Kommune), every category
 * summing to the total that is shown anyway: a category under `minimum` is
 * withheld (null), and when exactly one would be withheld the next smallest
 * goes too, so it cannot be worked out by subtraction.
 */
export function suppressedCounts<K extends string>(rows: readonly { key: K; n: number }[], minimum: number): { key: K; n: number | null }[] {
  const small = rows.filter((row) => row.n > 0 && row.n < minimum);
  const withheld = new Set(small.map((row) => row.key));
  if (withheld.size === 1) {
    const next = rows.filter((row) => !withheld.has(row.key) && row.n > 0).sort((a, b) => a.n - b.n)[0];
    if (next) withheld.add(next.key);
  }
  return rows.map((row) => ({ key: row.key, n: withheld.has(row.key) ? null : row.n }));
}
