/**
 * Issue 27's figures: a poster campaign — a thousand residents answering the
 * survey, each from an address of their own, through the real server action of
 * /befragung/[code] — and the Kommune's result page over a survey of 5,000
 * responses.
 */
import type { Pool } from "pg";
import { MIGRATION_KEYS, surveyStatements } from "../../kurzcheck/survey";
import { sleep, summarise, timeSequential, type Summary } from "./stats";
import { actionId, postFormAction } from "./workshop";

const STATEMENT_KEYS = surveyStatements(1).map((statement) => statement.key);

/** Removes the surveys an earlier run left in the Kommune of a draft, so every run measures the same amount of data. */
export async function removeBenchSurveys(pool: Pool, checkId: string): Promise<void> {
  await pool.query("DELETE FROM surveys WHERE organisation_id = (SELECT organisation_id FROM checks WHERE id = $1) AND title LIKE '%(Messung)'", [checkId]);
}

/** Opens a survey for the Kommune of a draft, as "Befragung starten" does. */
export async function openSurvey(pool: Pool, checkId: string, title: string): Promise<{ id: string; code: string }> {
  const code = `S${Math.random()
    .toString(36)
    .slice(2, 8)
    .toUpperCase()
    .replace(/[01IO]/g, "X")}`;
  const { rows } = await pool.query<{ id: string }>(
    `INSERT INTO surveys (organisation_id, title, code, languages, instrument_version, ends_on)
     SELECT organisation_id, $2, $3, '{de,tr,ar}', 1, current_date + 7 FROM checks WHERE id = $1 RETURNING id`,
    [checkId, title, code],
  );
  return { id: rows[0]!.id, code };
}

/**
 * `residents` submissions spread at random over `seconds`, each from an
 * address of its own (as the proxy names it in X-Forwarded-For) and without
 * cookies, as phones scanning the poster would.
 */
export async function posterCampaign(base: string, code: string, residents: number, seconds: number): Promise<{ failures: number; submission: Summary }> {
  const action = actionId("app/(gast)/actions.ts", "submitSurveyAction");
  const done: { ms: number; ok: boolean }[] = [];
  await Promise.all(
    Array.from({ length: residents }, async (_, resident) => {
      await sleep(Math.random() * seconds * 1_000);
      const form = new FormData();
      form.append("code", code);
      form.append("sprache", ["de", "tr", "ar"][resident % 3]!);
      STATEMENT_KEYS.forEach((key, index) => form.append(`aussage-${key}`, String((resident + index) % 6)));
      form.append("zugewandert", MIGRATION_KEYS[resident % MIGRATION_KEYS.length]!);
      const address = `10.${(resident >> 16) & 255}.${(resident >> 8) & 255}.${resident & 255}`;
      const started = performance.now();
      const ok = await postFormAction(`${base}/befragung/${code}`, action, form, { "X-Forwarded-For": address }).catch(() => false);
      done.push({ ms: performance.now() - started, ok });
    }),
  );
  const succeeded = done.filter((d) => d.ok);
  return { failures: done.length - succeeded.length, submission: summarise(succeeded.map((d) => d.ms)) };
}

/**
 * `responses` answers written straight into the survey (random answers and
 * groups, over the last three weeks), with the running counts rebuilt from
 * them as the migration that introduced them does.
 */
export async function fillSurvey(pool: Pool, surveyId: string, responses: number): Promise<void> {
  await pool.query(
    `WITH r AS (
       INSERT INTO survey_responses (survey_id, locale, submitted_on)
       SELECT $1, (ARRAY['de','tr','ar'])[1 + g % 3], current_date - (g % 21) FROM generate_series(1, $2) g
       RETURNING id
     ), a AS (
       INSERT INTO survey_answers (response_id, statement_key, value)
       SELECT r.id, k, floor(random() * 6)::int FROM r, unnest($3::text[]) k
     )
     INSERT INTO survey_profiles (response_id, migration)
     SELECT id, ($4::text[])[1 + floor(random() * 4)::int] FROM r`,
    [surveyId, responses, STATEMENT_KEYS, [...MIGRATION_KEYS]],
  );
  await pool.query(
    `INSERT INTO survey_counts (survey_id, migration_group, statement_key, value, n)
     SELECT r.survey_id, CASE WHEN p.migration IN ('selbst', 'eltern') THEN 'mit' WHEN p.migration = 'nein' THEN 'ohne' ELSE 'rest' END, a.statement_key, a.value, count(*)
     FROM survey_answers a JOIN survey_responses r ON r.id = a.response_id LEFT JOIN survey_profiles p ON p.response_id = r.id
     WHERE r.survey_id = $1 GROUP BY 1, 2, 3, 4`,
    [surveyId],
  );
}

/** The Kommune's result page of a survey, fetched one request after another. */
export async function surveyResultTimes(base: string, cookie: string, surveyId: string, runs = 40): Promise<Summary> {
  return timeSequential(async () => {
    const response = await fetch(`${base}/kommune/befragungen/${surveyId}`, { headers: { Cookie: cookie } });
    if (response.status !== 200) throw new Error(`survey result page answered ${response.status}`);
    await response.text();
  }, runs);
}
