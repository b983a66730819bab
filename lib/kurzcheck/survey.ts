/**
 * The resident survey: statements people who live in a Kommune agree or
 * disagree with, in four areas that each stand beside Kurz-Check items. The
 * structure is instrument data with a version: a survey keeps the version it
 * was started with, so a later revision (new statements, new keys) never
 * changes old results. The statements' texts are messages of the guest pages
 * (lib/i18n/messages, `befragung.aussage.<key>`), translated like the rest.
 * Pure: pages, the browser and tests use it alike.
 */
import type { ItemKey } from "./keys";

export const SURVEY_AREA_KEYS = ["willkommen", "angebote", "beteiligung", "diskriminierung"] as const;
export type SurveyAreaKey = (typeof SURVEY_AREA_KEYS)[number];

export interface SurveyStatement {
  key: string;
  /** Agreement means things are worse ("I was treated unfairly"): the index counts it the other way round. */
  reversed?: boolean;
}

export interface SurveyArea {
  key: SurveyAreaKey;
  /** The Kurz-Check items the area answers from the residents' side. */
  items: readonly ItemKey[];
  statements: readonly SurveyStatement[];
}

export interface SurveyInstrument {
  version: number;
  areas: readonly SurveyArea[];
}

/** Version 1 (2026): 16 statements of our own, four per area. */
const VERSION_1: SurveyInstrument = {
  version: 1,
  areas: [
    { key: "willkommen", items: ["willkommen"], statements: [{ key: "w1" }, { key: "w2" }, { key: "w3" }, { key: "w4" }] },
    { key: "angebote", items: ["angebote", "personal"], statements: [{ key: "a1" }, { key: "a2" }, { key: "a3" }, { key: "a4" }] },
    { key: "beteiligung", items: ["beteiligung"], statements: [{ key: "b1" }, { key: "b2" }, { key: "b3" }, { key: "b4" }] },
    { key: "diskriminierung", items: ["antidiskriminierung"], statements: [{ key: "d1", reversed: true }, { key: "d2" }, { key: "d3" }, { key: "d4" }] },
  ],
};

const INSTRUMENTS: Record<number, SurveyInstrument> = { 1: VERSION_1 };

/** The version new surveys start with. */
export const CURRENT_SURVEY_VERSION = 1;

export function surveyInstrument(version: number = CURRENT_SURVEY_VERSION): SurveyInstrument {
  const instrument = INSTRUMENTS[version];
  if (!instrument) throw new Error(`unknown survey version ${version}`);
  return instrument;
}

/** Every statement of a version, in the order the questionnaire shows them (numbered from 1). */
export function surveyStatements(version: number = CURRENT_SURVEY_VERSION): (SurveyStatement & { area: SurveyAreaKey; number: number })[] {
  return surveyInstrument(version)
    .areas.flatMap((area) => area.statements.map((statement) => ({ ...statement, area: area.key })))
    .map((statement, index) => ({ ...statement, number: index + 1 }));
}

/**
 * The answer scale: 5 "stimme voll zu" … 1 "stimme gar nicht zu", and 0
 * "weiß nicht" (an answer, but not counted in an index).
 */
export const AGREEMENT = [5, 4, 3, 2, 1, 0] as const;
export type Agreement = (typeof AGREEMENT)[number];
export const DONT_KNOW = 0;

export function isAgreement(value: unknown): value is Agreement {
  return typeof value === "number" && (AGREEMENT as readonly number[]).includes(value);
}

/** One answer on the 0–100 index: "voll zu" 100, "gar nicht" 0 (the other way round for a reversed statement); "weiß nicht" counts for nothing. */
export function indexPoints(statement: SurveyStatement, value: Agreement): number | null {
  if (value === DONT_KNOW) return null;
  const points = ((value - 1) / 4) * 100;
  return statement.reversed ? 100 - points : points;
}

/** Optional questions about the respondent, kept apart from the answers and only read in aggregate. */
export const MIGRATION_KEYS = ["selbst", "eltern", "nein", "keine"] as const;
export type MigrationKey = (typeof MIGRATION_KEYS)[number];
export const AGE_KEYS = ["u18", "18-29", "30-49", "50-64", "65+", "keine"] as const;
export type AgeKey = (typeof AGE_KEYS)[number];
export const RESIDENCE_KEYS = ["u1", "1-5", "5+", "keine"] as const;
export type ResidenceKey = (typeof RESIDENCE_KEYS)[number];

/** The groups a result may be split into: a migration history (oneself or a parent), none, and everyone else (no answer, "keine Angabe"). */
export const MIGRATION_GROUPS = ["mit", "ohne", "rest"] as const;
export type MigrationGroup = (typeof MIGRATION_GROUPS)[number];

export function migrationGroup(migration: string | null | undefined): MigrationGroup {
  if (migration === "selbst" || migration === "eltern") return "mit";
  return migration === "nein" ? "ohne" : "rest";
}

/** A group (with or without a migration history) is shown on its own only with at least this many answers. */
export const MIN_GROUP_ANSWERS = 10;

/** Names of the areas in the portal (staff pages; guests read them from the messages). */
export const SURVEY_AREA_LABELS: Record<SurveyAreaKey, string> = {
  willkommen: "Willkommen und Zugehörigkeit",
  angebote: "Angebote der Verwaltung",
  beteiligung: "Mitreden und Miteinander",
  diskriminierung: "Schutz vor Benachteiligung",
};

/** The optional answers about the respondent as staff pages name them ("keine" also stands for no answer). */
export const AGE_LABELS: Record<AgeKey, string> = {
  u18: "unter 18 Jahre",
  "18-29": "18 bis 29 Jahre",
  "30-49": "30 bis 49 Jahre",
  "50-64": "50 bis 64 Jahre",
  "65+": "65 Jahre oder älter",
  keine: "keine Angabe",
};
export const RESIDENCE_LABELS: Record<ResidenceKey, string> = {
  u1: "weniger als 1 Jahr am Ort",
  "1-5": "1 bis 5 Jahre am Ort",
  "5+": "mehr als 5 Jahre am Ort",
  keine: "keine Angabe",
};

export const AGREEMENT_LABELS: Record<Agreement, string> = {
  5: "stimme voll zu",
  4: "stimme eher zu",
  3: "teils, teils",
  2: "stimme eher nicht zu",
  1: "stimme gar nicht zu",
  0: "weiß nicht",
};

/** A measure prepared from a gap between the Kommune's view and its residents' ("Als Maßnahme übernehmen"). */
export function surveyMeasureDraft(area: SurveyAreaKey): { title: string; description: string; items: readonly ItemKey[] } {
  const found = VERSION_1.areas.find((candidate) => candidate.key === area)!;
  return {
    title: `${SURVEY_AREA_LABELS[area]}: Sicht der Befragten verbessern`,
    description: `In der Befragung sehen die Menschen vor Ort den Bereich „${SURVEY_AREA_LABELS[area]}“ deutlich schlechter als Ihr Kurz-Check. Klären Sie mit Betroffenen (zum Beispiel mit dem Integrationsbeirat), woran das liegt, und legen Sie einen ersten Schritt fest.`,
    items: found.items,
  };
}

export function isSurveyArea(value: unknown): value is SurveyAreaKey {
  return typeof value === "string" && (SURVEY_AREA_KEYS as readonly string[]).includes(value);
}
