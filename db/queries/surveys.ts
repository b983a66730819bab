/** Resident surveys (lib/services/surveys.ts says who may do what): every read of results is an aggregate, scoped to the survey's Kommune. */
import { and, count, desc, eq, inArray, isNull, sql } from "drizzle-orm";
import type { Executor } from "@/db";
import { organisations, surveyAnswers, surveyCounts, surveyProfiles, surveyResponses, surveys } from "@/db/schema";
import { isUuid } from "@/lib/ids";
import { migrationGroup } from "@/lib/kurzcheck/survey";

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
  if (!isUuid(surveyId)) return null;
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
): Promise<boolean> {
  const sorted = [...answers].sort((a, b) => (a.statementKey < b.statementKey ? -1 : 1));
  const keys = sql.param(sorted.map((answer) => answer.statementKey));
  const values = sql.param(sorted.map((answer) => answer.value));
  // One statement (atomic on its own, one round trip): the response – only while the survey is
  // open –, its answers, its profile and the survey's running counts. Counts are locked in the
  // order of the statement keys, the same for every response, so concurrent responses wait
  // briefly for each other but never deadlock. True when the response was stored.
  const result = await db.execute<{ stored: number }>(sql`
    WITH response AS (
      INSERT INTO ${surveyResponses} (survey_id, locale)
      SELECT ${surveys.id}, ${locale} FROM ${surveys}
      WHERE ${surveys.id} = ${surveyId} AND ${surveys.endedAt} IS NULL AND ${surveys.endsOn} >= (now() AT TIME ZONE 'Europe/Berlin')::date
      RETURNING id
    ), answers AS (
      INSERT INTO ${surveyAnswers} (response_id, statement_key, value)
      SELECT response.id, answer.key, answer.value FROM response, unnest(${keys}::text[], ${values}::smallint[]) AS answer(key, value)
    ), profile AS (
      INSERT INTO ${surveyProfiles} (response_id, migration, age, residence)
      SELECT response.id, ${profile?.migration ?? null}, ${profile?.age ?? null}, ${profile?.residence ?? null} FROM response WHERE ${profile !== null}
    ), counted AS (
      INSERT INTO ${surveyCounts} (survey_id, migration_group, statement_key, value, n)
      SELECT ${surveyId}, ${migrationGroup(profile?.migration)}, answer.key, answer.value, 1
      FROM response, unnest(${keys}::text[], ${values}::smallint[]) WITH ORDINALITY AS answer(key, value, position)
      ORDER BY answer.position
      ON CONFLICT (survey_id, migration_group, statement_key, value) DO UPDATE SET n = ${surveyCounts.n} + 1
    )
    SELECT count(*)::int AS stored FROM response`);
  return (result.rows[0]?.stored ?? 0) > 0;
}

/** How many gave each answer to each statement, per survey (of the Kommune's surveys). */
export async function answerCounts(db: Executor, organisationId: string, surveyIds: readonly string[]) {
  if (surveyIds.length === 0) return [];
  return db
    .select({
      surveyId: surveyCounts.surveyId,
      statementKey: surveyCounts.statementKey,
      value: surveyCounts.value,
      n: sql<number>`sum(${surveyCounts.n})::int`,
    })
    .from(surveyCounts)
    .innerJoin(surveys, eq(surveys.id, surveyCounts.surveyId))
    .where(and(eq(surveys.organisationId, organisationId), inArray(surveyCounts.surveyId, [...surveyIds])))
    .groupBy(surveyCounts.surveyId, surveyCounts.statementKey, surveyCounts.value);
}

/** One survey's counts per group of migration history ("mit", "ohne", "rest"); their sum is the survey's total. */
export async function answerCountsByMigration(db: Executor, organisationId: string, surveyId: string) {
  return db
    .select({ group: surveyCounts.migrationGroup, statementKey: surveyCounts.statementKey, value: surveyCounts.value, n: surveyCounts.n })
    .from(surveyCounts)
    .innerJoin(surveys, eq(surveys.id, surveyCounts.surveyId))
    .where(and(eq(surveys.organisationId, organisationId), eq(surveys.id, surveyId)));
}

/** Respondents per age band and per years in the Kommune (null: not answered). */
export async function respondentsByProfile(db: Executor, organisationId: string, surveyId: string) {
  const scope = and(eq(surveys.organisationId, organisationId), eq(surveys.id, surveyId));
  const countBy = (column: typeof surveyProfiles.age | typeof surveyProfiles.residence) =>
    db
      .select({ key: column, n: count() })
      .from(surveyResponses)
      .innerJoin(surveys, eq(surveys.id, surveyResponses.surveyId))
      .leftJoin(surveyProfiles, eq(surveyProfiles.responseId, surveyResponses.id))
      .where(scope)
      .groupBy(column);
  const [byAge, byResidence] = await Promise.all([countBy(surveyProfiles.age), countBy(surveyProfiles.residence)]);
  return { byAge, byResidence };
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
