/**
 * Perspectives on a round: who answers the same 13 questions besides the
 * team, and how far their views lie apart. Pure: pages in the browser use it.
 */
import { ITEM_KEYS, type ItemKey } from "./keys";

/** The perspectives in the database enum's order (db/schema.ts makes the enum from it: append only). */
export const PERSPECTIVE_KEYS = [
  "verwaltungsspitze",
  "integrationsbeauftragte",
  "fachbereiche",
  "mitarbeitende",
  "gemeinderat",
  "integrationsbeirat",
  "ehrenamt",
  "sonstige",
] as const;

export type PerspectiveKey = (typeof PERSPECTIVE_KEYS)[number];

/** Their names in the portal; every key has one. */
export const PERSPECTIVES: Record<PerspectiveKey, string> = {
  verwaltungsspitze: "Verwaltungsspitze",
  integrationsbeauftragte: "Integrationsbeauftragte*r / Stabsstelle",
  fachbereiche: "Fachbereiche / Amtsleitungen",
  mitarbeitende: "Mitarbeitende",
  gemeinderat: "Gemeinderat, Stadtrat oder Kreistag",
  integrationsbeirat: "Integrationsbeirat / Migrant*innenorganisationen",
  ehrenamt: "Ehrenamt / Zivilgesellschaft",
  sonstige: "Sonstige",
};

/** A perspective is shown on its own only with this many answers, so no single respondent stands out. */
export const MIN_PERSPECTIVE_ANSWERS = 3;
/** Medians this far apart (in points) mark an item "Gesprächsbedarf". */
export const DISCUSSION_GAP = 30;

export interface SpreadFigure {
  n: number;
  median: number;
  min: number;
  max: number;
}

export interface ItemSpread {
  itemKey: ItemKey;
  /** Perspectives with at least MIN_PERSPECTIVE_ANSWERS answers to the item. */
  perspectives: Partial<Record<PerspectiveKey, SpreadFigure>>;
  /** Every answer to the item, all perspectives together (shown from MIN_PERSPECTIVE_ANSWERS on). */
  all: SpreadFigure | null;
  team: number | null;
  /** The largest distance between the medians shown (and the team's answer), in points. */
  gap: number;
  discussion: boolean;
}

function median(sorted: readonly number[]): number {
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function figure(values: readonly number[]): SpreadFigure {
  const sorted = [...values].sort((a, b) => a - b);
  return { n: sorted.length, median: median(sorted), min: sorted[0]!, max: sorted.at(-1)! };
}

export interface SubmittedResponse {
  perspective: PerspectiveKey;
  scores: Partial<Record<ItemKey, number | null>>;
}

/**
 * Per item: each perspective's median and range (only with enough answers),
 * all answers together, the team's own answer, and whether the views lie so
 * far apart that the item needs a conversation. Items needing one come first.
 */
export function spreadOf(responses: readonly SubmittedResponse[], team: Partial<Record<ItemKey, number | null>>): ItemSpread[] {
  const spreads = ITEM_KEYS.map((itemKey): ItemSpread => {
    const byPerspective = new Map<PerspectiveKey, number[]>();
    for (const response of responses) {
      const score = response.scores[itemKey];
      if (score === null || score === undefined) continue;
      byPerspective.set(response.perspective, [...(byPerspective.get(response.perspective) ?? []), score]);
    }
    const perspectives: Partial<Record<PerspectiveKey, SpreadFigure>> = {};
    for (const [key, values] of byPerspective) if (values.length >= MIN_PERSPECTIVE_ANSWERS) perspectives[key] = figure(values);
    const everyone = [...byPerspective.values()].flat();
    const all = everyone.length >= MIN_PERSPECTIVE_ANSWERS ? figure(everyone) : null;
    const teamScore = team[itemKey] ?? null;
    const medians = Object.values(perspectives).map((f) => f.median);
    if (medians.length === 0 && all) medians.push(all.median);
    if (teamScore !== null && medians.length) medians.push(teamScore);
    const gap = medians.length >= 2 ? Math.max(...medians) - Math.min(...medians) : 0;
    return { itemKey, perspectives, all, team: teamScore, gap, discussion: gap >= DISCUSSION_GAP };
  });
  return [...spreads].sort((a, b) => Number(b.discussion) - Number(a.discussion) || (b.discussion ? b.gap - a.gap : 0));
}

/** What "Median" means, said once wherever medians are shown. */
export const MEDIAN_EXPLAINED = "Der Median ist der mittlere Wert: Die Hälfte der Antworten liegt darunter, die andere Hälfte darüber.";

/**
 * Why an item needs a conversation, in words: the perspectives differ among
 * themselves (naming the two furthest apart), or they agree and only the
 * team's own answer lies apart. `team` names the team for the reader
 * ("Ihr Team", "die Kommune"). Null when nothing needs a conversation.
 */
export function describeDifference(item: ItemSpread, team: string, format: (value: number) => string): string | null {
  if (!item.discussion) return null;
  const shown = (Object.entries(item.perspectives) as [PerspectiveKey, SpreadFigure][]).map(([key, figure]) => ({
    label: PERSPECTIVES[key],
    median: figure.median,
  }));
  const groups = shown.length ? shown : item.all ? [{ label: "alle Antworten", median: item.all.median }] : [];
  const lowest = groups.reduce((a, b) => (b.median < a.median ? b : a), groups[0]!);
  const highest = groups.reduce((a, b) => (b.median > a.median ? b : a), groups[0]!);
  if (groups.length >= 2 && highest.median - lowest.median >= DISCUSSION_GAP) {
    return `Die Perspektiven selbst liegen ${highest.median - lowest.median} Prozentpunkte auseinander: ${highest.label} ${format(highest.median)}, ${lowest.label} ${format(lowest.median)}.`;
  }
  const agreed = item.all?.median ?? lowest.median;
  const distance = item.team === null ? item.gap : Math.abs(item.team - agreed);
  return `Die Perspektiven liegen nah beieinander (Median ${format(agreed)}); ${team} weicht mit ${format(item.team ?? 0)} um ${distance} Prozentpunkte davon ab.`;
}
