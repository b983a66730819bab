/**
 * The plan of measures outside the portal: due dates as an iCalendar file and
 * as a subscribable feed (Outlook, Thunderbird, phones), the plan as CSV for
 * German Excel and as a real .xlsx workbook.
 */
import ExcelJS from "exceljs";
import { createEvents, type EventAttributes } from "ics";
import type { Database } from "@/db";
import { organisationByCalendarHash, setCalendarTokenHash } from "@/db/queries/organisations";
import { listMeasureNotes, listMeasures, type MeasureRow } from "@/db/queries/measures";
import type { CurrentUser } from "@/lib/auth/signed-in-user";
import { assertCan } from "@/lib/auth/permissions";
import { generateToken, hashToken } from "@/lib/auth/tokens";
import { toCsv } from "@/lib/csv";
import { AppError } from "@/lib/errors";
import { getItem } from "@/lib/kurzcheck/items";
import { isOverdue, MEASURE_STATUS_LABELS } from "@/lib/measures";
import { siteUrl } from "@/lib/site";
import { audit } from "@/db/queries/audit";
import { todayInGermany } from "@/lib/dates";

const COLUMNS = ["Maßnahme", "Beschreibung", "Fragen", "Verantwortlich", "Fällig am", "Zielwert (%)", "Status", "Überfällig", "Letzter Eintrag"] as const;

function responsibleOf(measure: MeasureRow): string {
  return measure.responsibleName ?? measure.responsibleRole ?? "";
}

function itemsOf(measure: MeasureRow): string {
  return measure.items.map((key) => `${getItem(key).number}. ${getItem(key).title}`).join(", ");
}

const germanDate = (iso: string | null) => (iso ? `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}` : "");

async function planRows(db: Database, organisationId: string) {
  const list = await listMeasures(db, organisationId);
  const notes = await listMeasureNotes(
    db,
    organisationId,
    list.map((m) => m.id),
    { withDrafts: false },
  );
  const today = todayInGermany();
  return list.map((measure) => ({
    measure,
    overdue: isOverdue(measure, today),
    lastNote: notes.filter((n) => n.measureId === measure.id && !n.fromAdvisor).at(-1)?.body ?? "",
  }));
}

/** The plan as CSV for German Excel (";", BOM, decimal comma). */
export async function measuresCsv(db: Database, user: CurrentUser, organisationId: string): Promise<string> {
  assertCan(user, "measure.read", organisationId);
  const rows = await planRows(db, organisationId);
  return toCsv(
    COLUMNS,
    rows.map(({ measure, overdue, lastNote }) => [
      measure.title,
      measure.description,
      itemsOf(measure),
      responsibleOf(measure),
      germanDate(measure.dueOn),
      measure.targetScore,
      MEASURE_STATUS_LABELS[measure.status],
      overdue ? "ja" : "nein",
      lastNote,
    ]),
  );
}

/** The plan as an .xlsx workbook: dates as dates, targets as numbers, a header row that stays in view. */
export async function measuresXlsx(db: Database, user: CurrentUser, organisationId: string, organisationName: string): Promise<Buffer> {
  assertCan(user, "measure.read", organisationId);
  const rows = await planRows(db, organisationId);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Kurz-Check Integration";
  const sheet = workbook.addWorksheet("Maßnahmen", { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = [
    { header: COLUMNS[0], key: "title", width: 40 },
    { header: COLUMNS[1], key: "description", width: 60 },
    { header: COLUMNS[2], key: "items", width: 40 },
    { header: COLUMNS[3], key: "responsible", width: 25 },
    { header: COLUMNS[4], key: "due", width: 12, style: { numFmt: "dd.mm.yyyy" } },
    { header: COLUMNS[5], key: "target", width: 12 },
    { header: COLUMNS[6], key: "status", width: 14 },
    { header: COLUMNS[7], key: "overdue", width: 11 },
    { header: COLUMNS[8], key: "lastNote", width: 60 },
  ];
  sheet.getRow(1).font = { bold: true };
  for (const { measure, overdue, lastNote } of rows) {
    sheet.addRow({
      title: measure.title,
      description: measure.description,
      items: itemsOf(measure),
      responsible: responsibleOf(measure),
      due: measure.dueOn ? new Date(`${measure.dueOn}T00:00:00Z`) : null,
      target: measure.targetScore,
      status: MEASURE_STATUS_LABELS[measure.status],
      overdue: overdue ? "ja" : "nein",
      lastNote,
    });
  }
  workbook.title = `Maßnahmenplan ${organisationName}`;
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Due dates as an iCalendar file: one all-day event per measure with a due date. */
async function calendarOf(db: Database, organisationId: string, organisationName: string): Promise<string> {
  const list = await listMeasures(db, organisationId);
  const events: EventAttributes[] = list
    .filter((m) => m.dueOn)
    .map((m) => {
      const [year, month, day] = m.dueOn!.split("-").map(Number) as [number, number, number];
      const next = new Date(Date.UTC(year, month - 1, day + 1));
      return {
        uid: `${m.id}@kurz-check-integration`,
        title: `Fällig: ${m.title}`,
        description: [`Status: ${MEASURE_STATUS_LABELS[m.status]}`, `Verantwortlich: ${responsibleOf(m) || "–"}`, `Fragen: ${itemsOf(m)}`, m.description]
          .filter(Boolean)
          .join("\n"),
        start: [year, month, day],
        end: [next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate()],
        url: `${siteUrl()}/kommune/massnahmen/${m.id}`,
        categories: ["Maßnahmenplan"],
      };
    });
  const { error, value } = createEvents(events, { productId: "kurz-check-integration/massnahmen", calName: `Maßnahmen ${organisationName}` });
  if (error || !value) throw new AppError("unavailable", "Der Kalender konnte nicht erstellt werden.", { cause: error });
  return value;
}

export async function measuresIcs(db: Database, user: CurrentUser, organisationId: string, organisationName: string): Promise<string> {
  assertCan(user, "measure.read", organisationId);
  return calendarOf(db, organisationId, organisationName);
}

/**
 * A new secret address of the Kommune's calendar feed (only its hash is
 * stored); the previous address stops working at once.
 */
export async function renewCalendarFeed(db: Database, user: CurrentUser, organisationId: string): Promise<string> {
  assertCan(user, "measure.write", organisationId);
  const token = generateToken();
  await db.transaction(async (tx) => {
    await setCalendarTokenHash(tx, organisationId, hashToken(token));
    await audit(tx, { actorId: user.id, action: "measure.calendar_feed_renewed", entityType: "organisation", entityId: organisationId, organisationId });
  });
  return `${siteUrl()}/api/kalender/${token}`;
}

/** The feed behind a secret address, for calendar apps without a session; null for an unknown or revoked address. */
export async function calendarFeed(db: Database, token: string): Promise<string | null> {
  if (token.length < 20 || token.length > 200) return null;
  const organisation = await organisationByCalendarHash(db, hashToken(token));
  return organisation ? calendarOf(db, organisation.id, organisation.name) : null;
}
