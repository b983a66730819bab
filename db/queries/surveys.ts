/** Resident surveys (lib/services/surveys.ts says who may do what): every read of results is an aggregate, scoped to the survey's Kommune. */
import { and, count, desc, eq, inArray, isNull, sql } from "drizzle-orm";
import type { Executor } from "@/db";
import { organisations, surveyAnswers, surveyProfiles, surveyResponses, surveys } from "@/db/schema";

export interface SurveyRow {
  id: string;
  organisationId: string;
  title: string;
  code: string;
  languages: string[];
  instrumentVersion: number;
  endsOn: string;
  startedAt: Date;
  endedAt: Date | null;
  responses: number;
}

const surveyColumns = {
  id: surveys.id,
  organisationId: surveys.organisationId,
  title: surveys.title,
  code: surveys.code,
  languages: surveys.languages,
  instrumentVersion: surveys.instrumentVersion,
  endsOn: surveys.endsOn,
  startedAt: surveys.startedAt,
  endedAt: surveys.endedAt,
  // Spelled out: drizzle leaves columns unqualified in a query of one table, and an unqualified
  // "id" inside the subquery would be the response's own.
  responses: sql<number>`(SELECT count(*)::int FROM survey_responses r WHERE r.survey_id = "surveys"."id")`,
};

/** A new survey, or null when its code is taken (the caller draws another). */
export async function insertSurvey(
  db: Executor,
  survey: { organisationId: string; title: string; code: string; languages: string[]; instrumentVersion: number; endsOn: string; startedBy: string },
): Promise<{ id: string; code: string } | null> {
  const [row] = await db.insert(surveys).values(survey).onConflictDoNothing().returning({ id: surveys.id, code: surveys.code });
  return row ?? null;
}

/** A Kommune's surveys, newest first, with their number of answers. */
export async function listSurveys(db: Executor, organisationId: string): Promise<SurveyRow[]> {
  return db.select(surveyColumns).from(surveys).where(eq(surveys.organisationId, organisationId)).orderBy(desc(surveys.startedAt));
}

export async function findSurvey(db: Executor, organisationId: string, surveyId: string): Promise<SurveyRow | null> {
  const [row] = await db
    .select(surveyColumns)
    .from(surveys)
    .where(and(eq(surveys.organisationId, organisationId), eq(surveys.id, surveyId)));
  return row ?? null;
}

/** A survey by the code on its poster, open or not, with its Kommune's name (the only thing a respondent learns). */
export async function findSurveyByCode(db: Executor, code: string) {
  const [row] = await db
    .select({
      id: surveys.id,
      code: surveys.code,
      organisationId: surveys.organisationId,
      organisationName: organisations.name,
      languages: surveys.languages,
      instrumentVersion: surveys.instrumentVersion,
      endsOn: surveys.endsOn,
      endedAt: surveys.endedAt,
      open: sql<boolean>`${surveys.endedAt} IS NULL AND ${surveys.endsOn} >= (now() AT TIME ZONE 'Europe/Berlin')::date`,
    })
    .from(surveys)
    .innerJoin(organisations, eq(organisations.id, surveys.organisationId))
    .where(eq(surveys.code, code));
  return row ?? null;
}

/** "Befragung beenden": true when it was open. */
export async function endSurveyRow(db: Executor, organisationId: string, surveyId: string): Promise<boolean> {
  const ended = await db
    .update(surveys)
    .set({ endedAt: sql`now()` })
    .where(and(eq(surveys.organisationId, organisationId), eq(surveys.id, surveyId), isNull(surveys.endedAt)))
    .returning({ id: surveys.id });
  return ended.length > 0;
}

/** One respondent's answers, and their optional answers about themselves in a table of their own. */
export async function insertSurveyResponse(
  db: Executor,
  surveyId: string,
  locale: string,
  answers: readonly { statementKey: string; value: number }[],
  profile: { migration: string | null; age: string | null; residence: string | null } | null,
): Promise<void> {
  const [response] = await db.insert(surveyResponses).values({ surveyId, locale }).returning({ id: surveyResponses.id });
  await db.insert(surveyAnswers).values(answers.map((answer) => ({ responseId: response!.id, ...answer })));
  if (profile) await db.insert(surveyProfiles).values({ responseId: response!.id, ...profile });
}

/** How many gave each answer to each statement (of the Kommune's survey). */
export async function answerCounts(db: Executor, organisationId: string, surveyIds: readonly string[]) {
  if (surveyIds.length === 0) return [];
  return db
    .select({ surveyId: surveyResponses.surveyId, statementKey: surveyAnswers.statementKey, value: surveyAnswers.value, n: count() })
    .from(surveyAnswers)
    .innerJoin(surveyResponses, eq(surveyResponses.id, surveyAnswers.responseId))
    .innerJoin(surveys, eq(surveys.id, surveyResponses.surveyId))
    .where(and(eq(surveys.organisationId, organisationId), inArray(surveyResponses.surveyId, [...surveyIds])))
    .groupBy(surveyResponses.surveyId, surveyAnswers.statementKey, surveyAnswers.value);
}

/** The same counts split by migration history: "mit" (oneself or a parent), "ohne"; "keine Angabe" and no answer belong to neither. */
export async function answerCountsByMigration(db: Executor, organisationId: string, surveyId: string) {
  const group = sql<"mit" | "ohne">`CASE WHEN ${surveyProfiles.migration} IN ('selbst', 'eltern') THEN 'mit' ELSE 'ohne' END`;
  return db
    .select({ group, statementKey: surveyAnswers.statementKey, value: surveyAnswers.value, n: count() })
    .from(surveyAnswers)
    .innerJoin(surveyResponses, eq(surveyResponses.id, surveyAnswers.responseId))
    .innerJoin(surveys, eq(surveys.id, surveyResponses.surveyId))
    .innerJoin(surveyProfiles, eq(surveyProfiles.responseId, surveyResponses.id))
    .where(and(eq(surveys.organisationId, organisationId), eq(surveys.id, surveyId), inArray(surveyProfiles.migration, ["selbst", "eltern", "nein"])))
    .groupBy(group, surveyAnswers.statementKey, surveyAnswers.value);
}

/** Respondents per group of migration history (the size a group must reach before it is shown). */
export async function respondentsByMigration(db: Executor, organisationId: string, surveyId: string) {
  return db
    .select({ migration: surveyProfiles.migration, n: count() })
    .from(surveyProfiles)
    .innerJoin(surveyResponses, eq(surveyResponses.id, surveyProfiles.responseId))
    .innerJoin(surveys, eq(surveys.id, surveyResponses.surveyId))
    .where(and(eq(surveys.organisationId, organisationId), eq(surveys.id, surveyId)))
    .groupBy(surveyProfiles.migration);
}

/** Answers per language and per day. */
export async function responsesPerLanguageAndDay(db: Executor, organisationId: string, surveyId: string) {
  const scope = and(eq(surveys.organisationId, organisationId), eq(surveys.id, surveyId));
  const [perLanguage, perDay] = await Promise.all([
    db
      .select({ locale: surveyResponses.locale, n: count() })
      .from(surveyResponses)
      .innerJoin(surveys, eq(surveys.id, surveyResponses.surveyId))
      .where(scope)
      .groupBy(surveyResponses.locale),
    db
      .select({ day: surveyResponses.submittedOn, n: count() })
      .from(surveyResponses)
      .innerJoin(surveys, eq(surveys.id, surveyResponses.surveyId))
      .where(scope)
      .groupBy(surveyResponses.submittedOn)
      .orderBy(surveyResponses.submittedOn),
  ]);
  return { perLanguage, perDay };
}
