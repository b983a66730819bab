/**
 * Resident surveys: a Kommune asks the people who live there how they
 * experience welcome, services, participation and protection from
 * discrimination — anonymously, in their language, by a code on posters —
 * and sets their view beside its own Kurz-Check. The owner starts and ends a
 * survey; the Kommune's members and every advisor read its results, always in
 * aggregate; respondents read nothing but the questionnaire.
 */
import { randomInt } from "node:crypto";
import type { Database } from "@/db";
import { audit } from "@/db/queries/audit";
import { latestSubmittedRound, listAnswers, findOpenDraftId } from "@/db/queries/checks";
import {
  answerCounts,
  answerCountsByMigration,
  endSurveyRow,
  findSurvey,
  findSurveyByCode,
  insertSurvey,
  insertSurveyResponse,
  listSurveys,
  respondentsByProfile,
  responsesPerLanguageAndDay,
} from "@/db/queries/surveys";
import { withinLimit } from "@/lib/auth/rate-limit";
import { assertCan } from "@/lib/auth/permissions";
import type { CurrentUser } from "@/lib/auth/signed-in-user";
import { AppError } from "@/lib/errors";
import { isGuestLocale, type GuestLocale } from "@/lib/i18n/locales";
import type { ItemKey } from "@/lib/kurzcheck/keys";
import {
  AGE_KEYS,
  CURRENT_SURVEY_VERSION,
  MIN_GROUP_ANSWERS,
  RESIDENCE_KEYS,
  surveyStatements,
  type Agreement,
  type MigrationGroup,
} from "@/lib/kurzcheck/survey";
import { besideSelfAssessment, showableGroups, sumCounts, suppressedCounts, surveyFigures, type SurveyFigures } from "@/lib/kurzcheck/survey-results";

const CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
const CODE_LENGTH = 6;

/** "Befragung starten" (the owner): a code for the posters, the languages offered, the last day. */
export async function startSurvey(
  db: Database,
  user: CurrentUser,
  organisationId: string,
  input: { title: string; endsOn: string; sprachen: readonly GuestLocale[] },
): Promise<{ id: string; code: string }> {
  assertCan(user, "survey.run", organisationId);
  return db.transaction(async (tx) => {
    for (let attempt = 0; attempt < 5; attempt++) {
      const code = Array.from({ length: CODE_LENGTH }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join("");
      const created = await insertSurvey(tx, {
        organisationId,
        title: input.title,
        code,
        languages: [...new Set(input.sprachen)],
        instrumentVersion: CURRENT_SURVEY_VERSION,
        endsOn: input.endsOn,
        startedBy: user.id,
      });
      if (created) {
        await audit(tx, { actorId: user.id, action: "survey.started", entityType: "survey", entityId: created.id, organisationId });
        return created;
      }
    }
    throw new AppError("unavailable", "Es konnte kein freier Befragungscode vergeben werden. Bitte versuchen Sie es noch einmal.");
  });
}

/** "Befragung beenden" (the owner): the code stops working at once. */
export async function endSurvey(db: Database, user: CurrentUser, organisationId: string, surveyId: string): Promise<void> {
  assertCan(user, "survey.run", organisationId);
  await db.transaction(async (tx) => {
    if (!(await endSurveyRow(tx, organisationId, surveyId))) throw new AppError("not_found", "Diese Befragung wurde nicht gefunden oder ist schon beendet.");
    await audit(tx, { actorId: user.id, action: "survey.ended", entityType: "survey", entityId: surveyId, organisationId });
  });
}

/** A Kommune's surveys with their number of answers. */
export async function surveysOfKommune(db: Database, user: CurrentUser, organisationId: string) {
  assertCan(user, "survey.read", organisationId);
  return listSurveys(db, organisationId);
}

/** One survey of the Kommune (another Kommune's does not exist). */
export async function surveyOfKommune(db: Database, user: CurrentUser, organisationId: string, surveyId: string) {
  assertCan(user, "survey.read", organisationId);
  const survey = await findSurvey(db, organisationId, surveyId);
  if (!survey) throw new AppError("not_found");
  return survey;
}

/** The last day a new survey suggests: four weeks from today (Berlin), long enough for posters to be seen. */
export function defaultSurveyEnd(today = new Date()): string {
  return new Date(today.getTime() + 28 * 86_400_000).toLocaleDateString("sv-SE", { timeZone: "Europe/Berlin" });
}

/** Whether a survey takes answers today: not ended, its last day not passed. */
export function surveyIsOpen(survey: { endedAt: Date | null; endsOn: string }, today = new Date()): boolean {
  return survey.endedAt === null && survey.endsOn >= today.toLocaleDateString("sv-SE", { timeZone: "Europe/Berlin" });
}

export type MigrationGroups =
  { shown: true; mit: SurveyFigures; ohne: SurveyFigures; sizes: { mit: number; ohne: number } } | { shown: false; reason: "running" | "small" };

/** Respondents per age band and per years in the Kommune, "keine Angabe" and no answer together, small bands withheld. */
async function profileCounts(db: Database, organisationId: string, surveyId: string) {
  const { byAge, byResidence } = await respondentsByProfile(db, organisationId, surveyId);
  const rowsOf = <K extends string>(keys: readonly K[], counted: readonly { key: string | null; n: number }[]) =>
    suppressedCounts(
      keys.map((key) => ({
        key,
        n: counted.filter((row) => (key === "keine" ? row.key === null || row.key === "keine" : row.key === key)).reduce((sum, row) => sum + row.n, 0),
      })),
      MIN_GROUP_ANSWERS,
    );
  return { age: rowsOf(AGE_KEYS, byAge), residence: rowsOf(RESIDENCE_KEYS, byResidence) };
}

/** Languages with fewer than ten answers together as one row (locale null): a rare language would point at a person. */
function mergeSmallLanguages(rows: readonly { locale: string; n: number }[]): { locale: string | null; n: number }[] {
  const large = rows.filter((row) => row.n >= MIN_GROUP_ANSWERS);
  const rest = rows.filter((row) => row.n < MIN_GROUP_ANSWERS).reduce((sum, row) => sum + row.n, 0);
  return rest > 0 ? [...large, { locale: null, n: rest }] : large;
}

/** The Kommune's own scores for the comparison: its latest submitted round, else its open draft. */
async function ownScores(db: Database, organisationId: string) {
  const submitted = await latestSubmittedRound(db, organisationId);
  if (submitted) return { source: submitted.roundTitle, draft: false, scores: scoreMap(submitted.answers) };
  const draftId = await findOpenDraftId(db, organisationId);
  if (!draftId) return null;
  return { source: "Entwurf", draft: true, scores: scoreMap(await listAnswers(db, draftId)) };
}

function scoreMap(answers: readonly { itemKey: ItemKey; score: number | null }[]): Partial<Record<ItemKey, number | null>> {
  return Object.fromEntries(answers.map((answer) => [answer.itemKey, answer.score]));
}

/**
 * A survey's result page: answers per language and day, the figures per
 * statement and area, the split by migration history (only when every group
 * is large enough), "Sicht der Befragten" beside the Kurz-Check, and the
 * trend across the Kommune's surveys of the same instrument version.
 */
export async function surveyResult(db: Database, user: CurrentUser, organisationId: string, surveyId: string) {
  const survey = await surveyOfKommune(db, user, organisationId, surveyId);
  const all = await listSurveys(db, organisationId);
  const comparable = all.filter((other) => other.instrumentVersion === survey.instrumentVersion);
  const others = comparable.filter((other) => other.id !== surveyId);
  // This survey's answers are read once, by group; the total is their sum.
  const [byMigration, otherCounts, spread, own] = await Promise.all([
    answerCountsByMigration(db, organisationId, surveyId),
    answerCounts(
      db,
      organisationId,
      others.map((other) => other.id),
    ),
    responsesPerLanguageAndDay(db, organisationId, surveyId),
    ownScores(db, organisationId),
  ]);
  const ownCounts = sumCounts(byMigration);
  const figures = surveyFigures(survey.instrumentVersion, ownCounts);
  const counts = [...otherCounts, ...ownCounts.map((row) => ({ ...row, surveyId }))];
  // Every response answers every statement (the form requires it), so a group's size is its count of answers to the first.
  const first = surveyStatements(survey.instrumentVersion)[0]!.key;
  const size = (group: MigrationGroup) => byMigration.filter((row) => row.group === group && row.statementKey === first).reduce((sum, row) => sum + row.n, 0);
  const sizes = { mit: size("mit"), ohne: size("ohne") };
  const rest = size("rest");
  // While a survey runs, two views a few answers apart would show one person's answers and group.
  const groups: MigrationGroups = surveyIsOpen(survey)
    ? { shown: false, reason: "running" }
    : showableGroups({ ...sizes, rest }, MIN_GROUP_ANSWERS)
      ? {
          shown: true,
          sizes,
          mit: surveyFigures(
            survey.instrumentVersion,
            byMigration.filter((row) => row.group === "mit"),
          ),
          ohne: surveyFigures(
            survey.instrumentVersion,
            byMigration.filter((row) => row.group === "ohne"),
          ),
        }
      : { shown: false, reason: "small" };
  const profiles = surveyIsOpen(survey) ? null : await profileCounts(db, organisationId, surveyId);
  const trend = comparable
    .slice()
    .reverse()
    .map((other) => ({
      id: other.id,
      title: other.title,
      startedAt: other.startedAt,
      responses: other.responses,
      // A survey with few answers shows none of its figures, here as on its own page.
      figures:
        other.responses < MIN_GROUP_ANSWERS
          ? null
          : surveyFigures(
              other.instrumentVersion,
              counts.filter((row) => row.surveyId === other.id),
            ),
    }));
  return {
    survey,
    figures,
    perLanguage: mergeSmallLanguages(spread.perLanguage),
    perDay: spread.perDay,
    groups,
    profiles,
    beside: own ? { source: own.source, draft: own.draft, areas: besideSelfAssessment(survey.instrumentVersion, figures, own.scores) } : null,
    trend,
  };
}

/**
 * The council report's page on the residents' view: the Kommune's latest
 * survey with at least ten answers, each area beside the report's own
 * scores. Null when there is none.
 */
export async function residentsViewForReport(db: Database, user: CurrentUser, organisationId: string, reportScores: Partial<Record<ItemKey, number | null>>) {
  const latest = (await surveysOfKommune(db, user, organisationId)).find((survey) => survey.responses >= MIN_GROUP_ANSWERS);
  if (!latest) return null;
  const figures = surveyFigures(latest.instrumentVersion, await answerCounts(db, organisationId, [latest.id]));
  return {
    title: latest.title,
    responses: latest.responses,
    open: surveyIsOpen(latest),
    overall: figures.overall,
    areas: besideSelfAssessment(latest.instrumentVersion, figures, reportScores),
  };
}

/**
 * The overall index of the Kommune's surveys per year, for the indicator
 * "Gesamtwert der Einwohnerbefragung": of each year the survey that ended
 * last, once it has ended with at least ten answers.
 */
export async function surveyIndexPerYear(db: Database, user: CurrentUser, organisationId: string) {
  assertCan(user, "survey.read", organisationId);
  const ended = (await listSurveys(db, organisationId)).filter((survey) => !surveyIsOpen(survey) && survey.responses >= MIN_GROUP_ANSWERS);
  const endDay = (survey: (typeof ended)[number]) => (survey.endedAt ? survey.endedAt.toISOString().slice(0, 10) : survey.endsOn);
  const lastOfYear = new Map<number, (typeof ended)[number]>();
  for (const survey of ended) {
    const year = Number(endDay(survey).slice(0, 4));
    const current = lastOfYear.get(year);
    if (!current || endDay(current) < endDay(survey)) lastOfYear.set(year, survey);
  }
  const chosen = [...lastOfYear.entries()];
  if (!chosen.length) return [];
  const counts = await answerCounts(
    db,
    organisationId,
    chosen.map(([, survey]) => survey.id),
  );
  return chosen.flatMap(([year, survey]) => {
    const overall = surveyFigures(
      survey.instrumentVersion,
      counts.filter((row) => row.surveyId === survey.id),
    ).overall;
    return overall === null ? [] : [{ year, value: Math.round(overall * 10) / 10, title: survey.title }];
  });
}

// ---- respondents ---------------------------------------------------------------------------

/** The open survey behind a code, or a refusal a respondent reads in their language. */
export async function openSurveyByCode(db: Database, code: string) {
  const survey = /^[A-Z0-9]{4,12}$/.test(code) ? await findSurveyByCode(db, code) : null;
  if (!survey || !survey.open)
    throw new AppError("not_found", "Diese Befragung ist beendet oder der Code ist nicht gültig.", { guestMessage: { key: "befragung.beendet" } });
  return survey;
}

export type OpenSurvey = Awaited<ReturnType<typeof openSurveyByCode>>;

/** A poster campaign: a thousand answers in ten minutes pass; a script does not. */
const SUBMISSIONS_PER_CODE = { windowMinutes: 1, max: 600 };
/** One address: a family or a course on one network answers, a loop does not (the address itself is never stored, only a keyed pseudonym for the window). */
const SUBMISSIONS_PER_ADDRESS = { windowMinutes: 60, max: 60 };
/** …and not the same address all day long either. */
const SUBMISSIONS_PER_ADDRESS_DAY = { windowMinutes: 24 * 60, max: 100 };

/**
 * One respondent's answers, written at once: the language they answered in,
 * the day, the answers, and their optional answers about themselves in a
 * table of their own. The caller has checked the browser's cookie.
 */
export async function submitSurveyResponse(
  db: Database,
  survey: OpenSurvey,
  input: {
    locale: GuestLocale;
    answers: readonly { statementKey: string; value: Agreement }[];
    profile: { migration: string | null; age: string | null; residence: string | null } | null;
  },
  addressPseudonym: string,
): Promise<void> {
  const tooMany = new AppError("rate_limited", "Gerade kommen sehr viele Antworten an. Bitte senden Sie in einer Minute noch einmal.", {
    guestMessage: { key: "befragung.zuViele" },
  });
  // The address first, and the code's counter only for what passed it: one address in a loop
  // must not fill the code's window and lock everyone else out.
  const [perHour, perDay] = await Promise.all([
    withinLimit(db, `survey-address:${survey.id}:${addressPseudonym}`, SUBMISSIONS_PER_ADDRESS),
    withinLimit(db, `survey-address-day:${survey.id}:${addressPseudonym}`, SUBMISSIONS_PER_ADDRESS_DAY),
  ]);
  if (!perHour.allowed || !perDay.allowed) throw tooMany;
  if (!(await withinLimit(db, `survey:${survey.id}`, SUBMISSIONS_PER_CODE)).allowed) throw tooMany;
  const offered = survey.languages.filter(isGuestLocale);
  const locale = offered.includes(input.locale) ? input.locale : offered.includes("de") ? "de" : (offered[0] ?? "de");
  // The survey may have ended since the form was checked: the statement stores nothing then.
  if (!(await insertSurveyResponse(db, survey.id, locale, input.answers, input.profile))) {
    throw new AppError("not_found", "Diese Befragung ist beendet oder der Code ist nicht gültig.", { guestMessage: { key: "befragung.beendet" } });
  }
}
