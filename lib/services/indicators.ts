/**
 * Integration indicators per year: the core set (lib/kurzcheck/indicator-set.ts)
 * and a Kommune's own, typed in or imported from a file, each read beside the
 * band of similar Kommunen — the same kind, verified, at least five others,
 * never the Kommune itself (the rules of the Kurz-Check comparison). Members
 * record values; advisors read every Kommune's and the statewide figures.
 */
import ExcelJS from "exceljs";
import type { Database, Executor } from "@/db";
import { audit } from "@/db/queries/audit";
import { latestSubmittedRound } from "@/db/queries/checks";
import {
  findIndicatorValue,
  insertOwnIndicator,
  listIndicatorValues,
  listOwnIndicators,
  peerFigures,
  statewideIndicatorRows,
  upsertIndicatorValues,
  type OwnIndicatorRow,
} from "@/db/queries/indicators";
import { listIndicatorTargets } from "@/db/queries/measures";
import { findComparisonSubject } from "@/db/queries/statewide";
import { assertCan } from "@/lib/auth/permissions";
import type { CurrentUser } from "@/lib/auth/signed-in-user";
import { toCsv } from "@/lib/csv";
import { AppError } from "@/lib/errors";
import { CORE_INDICATORS, coreIndicatorsFor, INDICATOR_UNITS, type IndicatorDirection, type IndicatorUnit } from "@/lib/kurzcheck/indicator-set";
import { readIndicatorTable, readValue, readYear, TEMPLATE_COLUMNS, type ImportableIndicator, type IndicatorEntry } from "@/lib/kurzcheck/indicator-values";
import { getItem } from "@/lib/kurzcheck/items";
import { MIN_GROUP_SIZE, type Quartiles } from "@/lib/kurzcheck/small-groups";
import { ORGANISATION_KINDS, type OrganisationKind } from "@/lib/organisations";
import { surveyIndexPerYear } from "./surveys";
import type { IndicatorView, PeerBand } from "@/lib/kurzcheck/indicator-view";
import { checkUploadSize, invalidFile, readUploadedTable } from "./uploaded-table";

export { MIN_GROUP_SIZE };

const SURVEY_INDICATOR = "befragung-index";

async function subjectOf(db: Executor, organisationId: string) {
  const subject = await findComparisonSubject(db, organisationId);
  if (!subject) throw new AppError("not_found");
  return subject;
}

/** What a file row or the form may name: the core indicators for the Kommune's kind, and its own ones. */
function importable(kind: OrganisationKind, own: readonly OwnIndicatorRow[]): ImportableIndicator[] {
  return [
    ...coreIndicatorsFor(kind).map((indicator) => ({ key: indicator.key, name: indicator.name, unit: indicator.unit, derived: indicator.derived })),
    ...own.map((indicator) => ({ key: indicator.id, name: indicator.name, unit: indicator.unit })),
  ];
}

const round2 = (value: number) => Math.round(value * 100) / 100;

/** The Kommune's indicators with their values, the band of similar Kommunen, the linked items' latest scores and the measures aiming at them. */
export async function indicatorOverview(
  db: Database,
  user: CurrentUser,
  organisationId: string,
): Promise<{ kind: OrganisationKind; indicators: IndicatorView[] }> {
  assertCan(user, "indicator.read", organisationId);
  const subject = await subjectOf(db, organisationId);
  const core = coreIndicatorsFor(subject.kind);
  const [values, own, peers, latest, targets, surveyIndex] = await Promise.all([
    listIndicatorValues(db, organisationId),
    listOwnIndicators(db, organisationId),
    peerFigures(
      db,
      organisationId,
      subject.kind,
      // Counts depend on the Kommune's size: a band of other Kommunen's counts would mislead.
      core.filter((indicator) => indicator.unit !== "anzahl").map((indicator) => indicator.key),
    ),
    latestSubmittedRound(db, organisationId),
    listIndicatorTargets(db, organisationId),
    surveyIndexPerYear(db, user, organisationId),
  ]);
  const scores = new Map(latest?.answers.map((answer) => [answer.itemKey, answer.score]) ?? []);
  const valuesOf = (key: string) =>
    key === SURVEY_INDICATOR
      ? surveyIndex.map((entry) => ({ year: entry.year, value: entry.value, source: `Einwohnerbefragung „${entry.title}“`, note: "" }))
      : values.filter((row) => row.indicatorKey === key).map(({ year, value, source, note }) => ({ year, value, source, note }));
  const bandOf = (key: string): PeerBand[] =>
    peers
      .filter((row) => row.indicator_key === key)
      .map((row) =>
        row.n >= MIN_GROUP_SIZE
          ? { year: row.year, count: row.n, shown: true, q1: round2(row.q1!), median: round2(row.median!), q3: round2(row.q3!) }
          : { year: row.year, count: row.n, shown: false },
      )
      .sort((a, b) => a.year - b.year);
  const measuresOf = (key: string) => targets.filter((target) => target.indicatorKey === key).map(({ id, title, target }) => ({ id, title, target }));
  const indicators: IndicatorView[] = [
    ...core.map((indicator) => ({
      key: indicator.key,
      name: indicator.name,
      definition: indicator.definition,
      unit: indicator.unit,
      direction: indicator.direction,
      source: indicator.source,
      own: false,
      derived: Boolean(indicator.derived),
      items: indicator.items.map((key) => ({ key, number: getItem(key).number, title: getItem(key).title, score: scores.get(key) ?? null })),
      values: valuesOf(indicator.key),
      band: bandOf(indicator.key),
      measures: measuresOf(indicator.key),
    })),
    ...own.map((indicator) => ({
      key: indicator.id,
      name: indicator.name,
      definition: indicator.definition,
      unit: indicator.unit,
      direction: indicator.direction,
      source: indicator.source,
      own: true,
      derived: false,
      items: [],
      values: valuesOf(indicator.id),
      band: [],
      measures: measuresOf(indicator.id),
    })),
  ];
  return { kind: subject.kind, indicators };
}

/** The indicators a measure can aim at (not the survey's, which the portal fills in), with their unit, for the measure form. */
export async function indicatorChoices(db: Database, user: CurrentUser, organisationId: string): Promise<{ key: string; name: string; unitLabel: string }[]> {
  assertCan(user, "indicator.read", organisationId);
  const subject = await subjectOf(db, organisationId);
  return importable(subject.kind, await listOwnIndicators(db, organisationId))
    .filter((indicator) => !indicator.derived)
    .map((indicator) => ({ key: indicator.key, name: indicator.name, unitLabel: INDICATOR_UNITS[indicator.unit].label }));
}

/** Checks a measure's indicator target against the Kommune's indicators and the unit; the value as a number. */
export async function checkIndicatorTarget(db: Executor, organisationId: string, key: string, valueText: string): Promise<number> {
  const subject = await subjectOf(db, organisationId);
  const indicator = importable(subject.kind, await listOwnIndicators(db, organisationId)).find((candidate) => candidate.key === key);
  if (!indicator) throw fieldError("zielIndikator", "Diesen Indikator gibt es für Ihre Kommune nicht.");
  const read = readValue(valueText, indicator.unit);
  if ("problem" in read) throw fieldError("zielIndikatorWert", read.problem);
  return read.value;
}

function fieldError(field: string, message: string): AppError {
  return new AppError("invalid", message, { fieldErrors: { [field]: [message] } });
}

export interface ValueInput {
  indicator: string;
  year: string;
  value: string;
  source: string;
  note: string;
}

/** "Wert speichern": one value for one year, new or corrected; audited with the value it replaces. */
export async function saveIndicatorValue(
  db: Database,
  user: CurrentUser,
  organisationId: string,
  input: ValueInput,
  currentYear: number,
): Promise<{ name: string; year: number }> {
  assertCan(user, "indicator.write", organisationId);
  const subject = await subjectOf(db, organisationId);
  const indicator = importable(subject.kind, await listOwnIndicators(db, organisationId)).find((candidate) => candidate.key === input.indicator);
  if (!indicator) throw fieldError("indikator", "Diesen Indikator gibt es für Ihre Kommune nicht.");
  if (indicator.derived) throw fieldError("indikator", "Diesen Wert trägt das Portal aus Ihren Einwohnerbefragungen selbst ein.");
  const year = readYear(input.year, currentYear);
  if ("problem" in year) throw fieldError("jahr", year.problem);
  const value = readValue(input.value, indicator.unit);
  if ("problem" in value) throw fieldError("wert", value.problem);
  await db.transaction(async (tx) => {
    const previous = await findIndicatorValue(tx, organisationId, indicator.key, year.year);
    await upsertIndicatorValues(
      tx,
      organisationId,
      [{ indicatorKey: indicator.key, year: year.year, value: value.value, source: input.source, note: input.note }],
      user.id,
    );
    await audit(tx, {
      actorId: user.id,
      action: "indicator.value_saved",
      entityType: "indicator",
      entityId: null,
      organisationId,
      data: { indicator: indicator.key, year: year.year, value: value.value, previous: previous?.value ?? null },
    });
  });
  return { name: indicator.name, year: year.year };
}

export interface OwnIndicatorInput {
  name: string;
  definition: string;
  unit: IndicatorUnit;
  direction: IndicatorDirection;
  source: string;
}

export async function addOwnIndicator(db: Database, user: CurrentUser, organisationId: string, input: OwnIndicatorInput): Promise<string> {
  assertCan(user, "indicator.write", organisationId);
  if (CORE_INDICATORS.some((indicator) => indicator.name.toLowerCase() === input.name.toLowerCase())) {
    throw fieldError("name", "Diesen Indikator gibt es schon im Grundbestand; tragen Sie die Werte dort ein.");
  }
  return db.transaction(async (tx) => {
    const created = await insertOwnIndicator(tx, organisationId, input, user.id);
    if (!created) throw fieldError("name", "Ihre Kommune hat schon einen Indikator mit diesem Namen.");
    await audit(tx, {
      actorId: user.id,
      action: "indicator.created",
      entityType: "indicator",
      entityId: created.id,
      organisationId,
      data: { name: input.name },
    });
    return created.id;
  });
}

export interface ImportOutcome {
  stored: number;
  skipped: number;
  format: "vorlage" | "landesstatistik";
}

/**
 * Reads a file (the template as .xlsx or CSV, or GENESIS-Online's flat CSV)
 * and stores all its values, or none: one broken row and the message names
 * every problem by its row number.
 */
export async function importIndicatorValues(
  db: Database,
  user: CurrentUser,
  organisationId: string,
  file: { bytes: ArrayBuffer; name: string },
  options: { statisticsIndicatorKey?: string; currentYear: number },
): Promise<ImportOutcome> {
  assertCan(user, "indicator.write", organisationId);
  checkUploadSize(
    file.bytes,
    "Die Datei ist größer als 2 MB. Bitte laden Sie in GENESIS-Online nur die Zeilen Ihrer Kommune herunter oder verwenden Sie die Vorlage.",
  );
  const subject = await subjectOf(db, organisationId);
  const rows = await readUploadedTable(file.bytes);
  const reading = readIndicatorTable(rows, {
    indicators: importable(subject.kind, await listOwnIndicators(db, organisationId)),
    kind: subject.kind,
    ags: subject.ags,
    statisticsIndicatorKey: options.statisticsIndicatorKey,
    currentYear: options.currentYear,
  });
  if (reading.problems.length) {
    const shown = reading.problems.slice(0, 10);
    const more = reading.problems.length > shown.length ? ` … und ${reading.problems.length - shown.length} weitere.` : "";
    throw invalidFile(`Nichts wurde übernommen. ${shown.join(" ")}${more}`);
  }
  if (!reading.entries.length) throw invalidFile("Die Datei enthält keine Werte. Bitte tragen Sie in der Vorlage zu jedem Wert das Jahr ein.");
  await db.transaction(async (tx) => {
    await upsertIndicatorValues(tx, organisationId, reading.entries, user.id);
    await audit(tx, {
      actorId: user.id,
      action: "indicator.imported",
      entityType: "indicator",
      entityId: null,
      organisationId,
      data: { values: reading.entries.length, format: reading.format, file: file.name.slice(0, 100), indicators: [...new Set(reading.entries.map(keyOf))] },
    });
  });
  return { stored: reading.entries.length, skipped: reading.skipped, format: reading.format };
}

const keyOf = (entry: IndicatorEntry) => entry.indicatorKey;

/** The import template: one row per indicator the Kommune can fill, with its unit as a reminder. */
export async function indicatorTemplate(db: Database, user: CurrentUser, organisationId: string, format: "csv" | "xlsx"): Promise<Buffer> {
  assertCan(user, "indicator.read", organisationId);
  const subject = await subjectOf(db, organisationId);
  const rows = importable(subject.kind, await listOwnIndicators(db, organisationId))
    .filter((indicator) => !indicator.derived)
    .map((indicator) => [indicator.name, "", "", "", `Einheit: ${INDICATOR_UNITS[indicator.unit].label}`]);
  if (format === "csv") return Buffer.from(toCsv(TEMPLATE_COLUMNS, rows), "utf8");
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("Indikatoren");
  sheet.columns = TEMPLATE_COLUMNS.map((header, index) => ({ header, width: [70, 8, 12, 40, 40][index] }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await book.xlsx.writeBuffer());
}

// ---- statewide -----------------------------------------------------------------------------

export interface StatewideIndicatorFigure {
  key: string;
  name: string;
  unit: IndicatorUnit;
  direction: IndicatorDirection;
  year: number | null;
  overall: (Quartiles & { count: number }) | { count: number; withheld: true } | null;
  byKind: { kind: OrganisationKind; label: string; count: number; figures: Quartiles | null }[];
}

/** Per core indicator, its latest year across verified Kommunen: quartiles overall and per kind, groups under five withheld. */
export async function statewideIndicatorFigures(db: Database, advisor: CurrentUser): Promise<StatewideIndicatorFigure[]> {
  assertCan(advisor, "review.read");
  const rows = await statewideIndicatorRows(
    db,
    CORE_INDICATORS.map((indicator) => indicator.key),
  );
  const quartiles = (row: { q1: number; median: number; q3: number }): Quartiles => ({ q1: round2(row.q1), median: round2(row.median), q3: round2(row.q3) });
  return CORE_INDICATORS.map((indicator) => {
    const mine = rows.filter((row) => row.indicator_key === indicator.key);
    const total = mine.find((row) => row.kind === null);
    return {
      key: indicator.key,
      name: indicator.name,
      unit: indicator.unit,
      direction: indicator.direction,
      year: total?.year ?? null,
      overall: total ? (total.n >= MIN_GROUP_SIZE ? { ...quartiles(total), count: total.n } : { count: total.n, withheld: true as const }) : null,
      byKind: (Object.keys(ORGANISATION_KINDS) as OrganisationKind[])
        .filter((kind) => indicator.kinds.includes(kind))
        .map((kind) => {
          const row = mine.find((candidate) => candidate.kind === kind);
          const count = row?.n ?? 0;
          return { kind, label: ORGANISATION_KINDS[kind], count, figures: row && count >= MIN_GROUP_SIZE ? quartiles(row) : null };
        }),
    };
  });
}
