/**
 * A 12-month path built from a Kommune's own answers, item by item: the open
 * items (below "Gut aufgestellt") in the order the work builds on itself —
 * first the mandate and the responsibility, then mission statement and
 * concept, then the administration, the network and the people — each with
 * the next step of its own band and kind. An item already at 70 % or more is
 * never on the path, so nobody at 70 % for the concept is told to write one.
 */
import { getItem, type CheckItem } from "./items";
import type { ItemKey, Score } from "./keys";
import { nextStepFor } from "./next-steps";
import { BANDS, bandOf, type BandKey } from "./scoring";
import type { OrganisationKind } from "@/lib/organisations";

/** The order in which the work builds on itself: what the later steps rely on comes first. */
export const PATH_ORDER: readonly ItemKey[] = [
  "beschluss",
  "chefsache",
  "stabsstelle",
  "leitbild",
  "konzept",
  "querschnitt",
  "netzwerk",
  "beteiligung",
  "willkommen",
  "angebote",
  "personal",
  "fortbildung",
  "antidiskriminierung",
];

export interface PathStep {
  item: CheckItem;
  band: BandKey;
  text: string;
}

export interface PathStage {
  when: string;
  steps: PathStep[];
  /** A stage's own work beside the steps (the closing review). */
  note?: string;
}

export interface TwelveMonthPath {
  title: string;
  stages: PathStage[];
  /** Open items that did not fit into the year: for the next round's plan. */
  later: CheckItem[];
}

const QUARTERS = ["Monat 1–3", "Monat 4–6", "Monat 7–9", "Monat 10–12"] as const;
/** Two steps a quarter is what a small administration can carry beside its daily work. */
const STEPS_PER_QUARTER = 2;

const CLOSING =
  "Ziehen Sie Bilanz: Was ist erreicht, was nicht? Berichten Sie dem Rat oder Kreistag und wiederholen Sie den Kurz-Check, damit die Fortschritte sichtbar werden.";
const ALL_HIGH: PathStage[] = [
  {
    when: QUARTERS[0],
    steps: [],
    note: "Legen Sie für Ihre wichtigsten Ziele Indikatoren fest, etwa Wartezeiten, die Teilnahme an Fortbildungen oder die Zufriedenheit der Nutzer*innen, und erheben Sie einen Ausgangswert.",
  },
  {
    when: QUARTERS[1],
    steps: [],
    note: "Fragen Sie Zugewanderte und Partner*innen im Netzwerk, wie sie Angebote und Zusammenarbeit erleben, und legen Sie die Antworten neben die Indikatoren.",
  },
  {
    when: QUARTERS[2],
    steps: [],
    note: "Berichten Sie dem Rat oder Kreistag jährlich zur Integration: Ziele, Erfolge und offene Punkte, in öffentlicher Sitzung.",
  },
  { when: QUARTERS[3], steps: [], note: "Schreiben Sie Konzept und Leitbild mit den Beteiligten fort und starten Sie die nächste Runde des Kurz-Checks." },
];

/** The path for a complete set of answers; the title follows the index's band. */
export function twelveMonthPath(scores: Partial<Record<ItemKey, Score | null>>, indexBand: BandKey, kind: OrganisationKind | null): TwelveMonthPath {
  const open = PATH_ORDER.flatMap((key) => {
    const score = scores[key];
    if (score === null || score === undefined) return [];
    const band = bandOf(score).key;
    return band === "high" ? [] : [{ key, band, score }];
  });
  // The least developed first, in the order of the work; within a band the order above.
  const ordered = [...open.filter((entry) => entry.band === "low"), ...open.filter((entry) => entry.band === "middle")];
  const title =
    indexBand === "low"
      ? `${BANDS.low.label}: die Grundlagen legen`
      : indexBand === "middle"
        ? `${BANDS.middle.label}: verbindlich machen`
        : `${BANDS.high.label}: Wirkung zeigen und weiterentwickeln`;
  if (ordered.length === 0) return { title, stages: ALL_HIGH, later: [] };
  const step = (entry: (typeof ordered)[number]): PathStep => {
    const item = getItem(entry.key);
    return { item, band: entry.band, text: nextStepFor(item, entry.band, kind).text };
  };
  const inYear = ordered.slice(0, STEPS_PER_QUARTER * 3 + 1);
  const stages: PathStage[] = QUARTERS.slice(0, 3).map((when, quarter) => ({
    when,
    steps: inYear.slice(quarter * STEPS_PER_QUARTER, (quarter + 1) * STEPS_PER_QUARTER).map(step),
  }));
  stages.push({ when: QUARTERS[3], steps: inYear.slice(STEPS_PER_QUARTER * 3).map(step), note: CLOSING });
  const later = ordered.slice(inYear.length).map((entry) => getItem(entry.key));
  return { title, stages: stages.filter((stage) => stage.steps.length > 0 || stage.note), later };
}
