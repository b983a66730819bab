/**
 * Figures about groups of Kommunen never single one out: a group of fewer
 * than MIN_GROUP_SIZE is withheld, and where the overall figure is shown too,
 * further groups are withheld with it so that none can be worked out by
 * subtraction (complementary suppression). Pure: pages in the browser use it.
 */
export const MIN_GROUP_SIZE = 5;

/** Quartiles of a group: the lower quartile, the median, the upper quartile. */
export interface Quartiles {
  q1: number;
  median: number;
  q3: number;
}

export interface GroupFigure {
  key: string;
  label: string;
  count: number;
  /** null when withheld (see `withheld`) or when the group has no Kommune. */
  averageIndex: number | null;
  /** Why the index is not shown: too few Kommunen, or to protect another withheld group. */
  withheld: "small" | "complementary" | null;
}

/**
 * Withholds further groups of a breakdown until the withheld ones cannot be
 * recovered from the overall figures: at least two groups, holding together
 * at least MIN_GROUP_SIZE Kommunen; the smallest shown groups go first.
 */
export function suppressComplementary(figures: readonly GroupFigure[]): GroupFigure[] {
  const result = figures.map((figure) => ({ ...figure }));
  const hidden = () => result.filter((figure) => figure.withheld !== null);
  const shown = () => result.filter((figure) => figure.withheld === null && figure.count > 0).sort((a, b) => a.count - b.count);
  while (hidden().length > 0 && (hidden().length < 2 || hidden().reduce((sum, f) => sum + f.count, 0) < MIN_GROUP_SIZE)) {
    const next = shown()[0];
    if (!next) break;
    next.withheld = "complementary";
    next.averageIndex = null;
  }
  return result;
}

/** How a withheld group is labelled in pages and exports; null when it is shown. */
export function withheldLabel(figure: GroupFigure): string | null {
  if (figure.withheld === "small") return `verborgen (weniger als ${MIN_GROUP_SIZE} Kommunen)`;
  if (figure.withheld === "complementary") return "verborgen (sonst ließe sich eine kleine Gruppe errechnen)";
  return null;
}
