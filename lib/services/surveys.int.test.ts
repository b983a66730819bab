// Rules guarded (issue 27): only the Kommune's owner starts and ends a survey; members and
// advisors read its aggregates, another Kommune neither reads nor ends it; a respondent reaches
// only an open survey by its code; what a response stores is its language, its day and its answers
// (no address, no time, no browser), the answers about the respondent in a table of their own;
// the groups by migration history appear only together and only when each is large enough; one
// address cannot flood a survey; the residents' view sits beside the Kommune's own scores.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CurrentUser } from "@/lib/auth/signed-in-user";
import { addressPseudonym } from "@/lib/auth/guests";
import { germanTranslate } from "@/lib/i18n/messages";
import { surveyStatements, type Agreement } from "@/lib/kurzcheck/survey";
import { createPool } from "@/db";
import { dbFor, testPool } from "@/lib/tooling/testing/db";
import { asCurrentUser, createOrganisation, createPerson, rejection } from "@/lib/tooling/testing/fixtures";
import { surveyResponseFields } from "@/lib/validation/guests";
import { saveAnswer, startOrOpenDraft } from "./checks";
import { endSurvey, openSurveyByCode, startSurvey, submitSurveyResponse, surveyOfKommune, surveyResult, surveysOfKommune, type OpenSurvey } from "./surveys";

const pool = testPool();
const db = dbFor(pool);
afterAll(() => pool.end());

const refusal = async (work: Promise<unknown>) => (await rejection(work)).code;
const inAWeek = () => new Date(Date.now() + 7 * 86_400_000).toLocaleDateString("sv-SE", { timeZone: "Europe/Berlin" });

let organisationId: string;
let owner: CurrentUser;
let member: CurrentUser;
let advisor: CurrentUser;
let foreignOwner: CurrentUser;
let foreignOrganisationId: string;

beforeAll(async () => {
  organisationId = (await createOrganisation(db)).id;
  owner = await asCurrentUser(db, (await createPerson(db, { organisationId, membershipRole: "owner" })).id);
  member = await asCurrentUser(db, (await createPerson(db, { organisationId, membershipRole: "member" })).id);
  advisor = await asCurrentUser(db, (await createPerson(db, { role: "advisor" })).id);
  foreignOrganisationId = (await createOrganisation(db)).id;
  foreignOwner = await asCurrentUser(db, (await createPerson(db, { organisationId: foreignOrganisationId, membershipRole: "owner" })).id);
});

/** Every statement answered with `value`. */
const allAnswered = (value: Agreement) => surveyStatements(1).map((statement) => ({ statementKey: statement.key, value }));
let respondent = 0;
/** A respondent from an address of their own (the rate limit is per address). */
const submit = (survey: OpenSurvey, value: Agreement, migration: string | null, locale: "de" | "tr" | "ar" = "de") =>
  submitSurveyResponse(
    db,
    survey,
    { locale, answers: allAnswered(value), profile: migration ? { migration, age: null, residence: null } : null },
    addressPseudonym(`203.0.113.${++respondent % 250}`),
  );

describe("who runs and reads a survey", () => {
  it("the owner starts one with a code (audited); members, advisors and other Kommunen cannot", async () => {
    const input = { title: "Befragung 2026", endsOn: inAWeek(), sprachen: ["de", "tr", "ar"] as const };
    expect(await refusal(startSurvey(db, member, organisationId, input))).toBe("forbidden");
    expect(await refusal(startSurvey(db, advisor, organisationId, input))).toBe("not_found");
    expect(await refusal(startSurvey(db, foreignOwner, organisationId, input))).toBe("not_found"); // another Kommune's id does not exist for it
    const started = await startSurvey(db, owner, organisationId, input);
    expect(started.code).toMatch(/^[A-Z0-9]{4,12}$/);
    const { rows } = await pool.query("SELECT action FROM audit_log WHERE entity_id = $1", [started.id]);
    expect(rows).toEqual([{ action: "survey.started" }]);
    expect((await surveysOfKommune(db, member, organisationId)).map((survey) => survey.id)).toContain(started.id);
    expect((await surveyOfKommune(db, advisor, organisationId, started.id)).code).toBe(started.code);
    // another Kommune: not through its own id, not through the survey's
    expect(await refusal(surveyOfKommune(db, foreignOwner, foreignOrganisationId, started.id))).toBe("not_found");
    expect(await refusal(surveyOfKommune(db, foreignOwner, organisationId, started.id))).toBe("not_found");
    expect(await refusal(endSurvey(db, foreignOwner, foreignOrganisationId, started.id))).toBe("not_found");
    expect(await refusal(endSurvey(db, member, organisationId, started.id))).toBe("forbidden");
    await endSurvey(db, owner, organisationId, started.id);
    expect(await refusal(endSurvey(db, owner, organisationId, started.id))).toBe("not_found");
  });
});

describe("respondents", () => {
  it("reach only an open survey by its code, with the refusal in their language", async () => {
    const open = await startSurvey(db, owner, organisationId, { title: "Offen", endsOn: inAWeek(), sprachen: ["de"] });
    expect((await openSurveyByCode(db, open.code)).id).toBe(open.id);
    for (const code of ["", "ZZZZZZZZ", "'; DROP TABLE surveys;--", "x".repeat(500)]) {
      const error = await rejection(openSurveyByCode(db, code));
      expect(error.code).toBe("not_found");
      expect(error.guestMessage?.key).toBe("befragung.beendet");
    }
    await endSurvey(db, owner, organisationId, open.id);
    expect((await rejection(openSurveyByCode(db, open.code))).guestMessage?.key).toBe("befragung.beendet");
    // a survey whose last day has passed takes no answers either
    await pool.query("UPDATE surveys SET ends_on = current_date - 1, ended_at = NULL WHERE id = $1", [open.id]);
    expect(await refusal(openSurveyByCode(db, open.code))).toBe("not_found");
  });

  it("a response keeps its language, its day and its answers, nothing that identifies the person", async () => {
    const started = await startSurvey(db, owner, organisationId, { title: "Speicherung", endsOn: inAWeek(), sprachen: ["de", "tr"] });
    const survey = await openSurveyByCode(db, started.code);
    await submit(survey, 4, "selbst", "tr");
    await submit(survey, 4, null, "ar"); // a language the survey does not offer is stored as German
    const { rows: columns } = await pool.query(
      "SELECT table_name, column_name FROM information_schema.columns WHERE table_name IN ('survey_responses', 'survey_answers', 'survey_profiles') ORDER BY 1, 2",
    );
    expect(columns.map((c) => `${c.table_name}.${c.column_name}`)).toEqual([
      "survey_answers.response_id",
      "survey_answers.statement_key",
      "survey_answers.value",
      "survey_profiles.age",
      "survey_profiles.migration",
      "survey_profiles.residence",
      "survey_profiles.response_id",
      "survey_responses.id",
      "survey_responses.locale",
      "survey_responses.submitted_on",
      "survey_responses.survey_id",
    ]);
    const { rows } = await pool.query("SELECT locale FROM survey_responses WHERE survey_id = $1 ORDER BY locale", [started.id]);
    expect(rows).toEqual([{ locale: "de" }, { locale: "tr" }]);
    const { rows: profiles } = await pool.query(
      "SELECT p.migration FROM survey_profiles p JOIN survey_responses r ON r.id = p.response_id WHERE r.survey_id = $1",
      [started.id],
    );
    expect(profiles).toEqual([{ migration: "selbst" }]);
    // the limiter keeps a keyed pseudonym of the address for its window, never the address itself
    const { rows: keys } = await pool.query("SELECT key FROM rate_limit_buckets WHERE key LIKE $1", [`survey-address%${started.id}%`]);
    expect(keys.length).toBeGreaterThan(0);
    for (const { key } of keys) expect(key).not.toMatch(/203\.0\.113/);
  });

  it("one address is stopped after sixty answers in an hour; nothing more is written", async () => {
    const started = await startSurvey(db, owner, organisationId, { title: "Flut", endsOn: inAWeek(), sprachen: ["de"] });
    const survey = await openSurveyByCode(db, started.code);
    for (let i = 0; i < 60; i++) await submitSurveyResponse(db, survey, { locale: "de", answers: allAnswered(3), profile: null }, "eine-adresse");
    const error = await rejection(submitSurveyResponse(db, survey, { locale: "de", answers: allAnswered(3), profile: null }, "eine-adresse"));
    expect(error.code).toBe("rate_limited");
    expect(error.guestMessage?.key).toBe("befragung.zuViele");
    const { rows } = await pool.query("SELECT count(*)::int AS n FROM survey_responses WHERE survey_id = $1", [started.id]);
    expect(rows[0].n).toBe(60);
    // someone else still gets through
    await submitSurveyResponse(db, survey, { locale: "de", answers: allAnswered(3), profile: null }, "andere-adresse");
  });
});

describe("running counts", () => {
  it("stay equal to a recount of the stored answers when many answer at once", async () => {
    const started = await startSurvey(db, owner, organisationId, { title: "Gleichzeitig", endsOn: inAWeek(), sprachen: ["de"] });
    const survey = await openSurveyByCode(db, started.code);
    const groups = ["selbst", "eltern", "nein", "keine", null];
    // Ten connections at once, answers in shuffled order: a deadlock or a lost update would show below.
    const wide = createPool(process.env.TEST_DATABASE_URL!, { max: 10 });
    const wideDb = dbFor(wide);
    const shuffled = (value: Agreement) => allAnswered(value).sort(() => Math.random() - 0.5);
    await Promise.all(
      Array.from({ length: 25 }, (_, i) =>
        submitSurveyResponse(
          wideDb,
          survey,
          {
            locale: "de",
            answers: shuffled(([0, 1, 2, 3, 4, 5] as const)[i % 6]!),
            profile: groups[i % groups.length] ? { migration: groups[i % groups.length]!, age: null, residence: null } : null,
          },
          `gleichzeitig-${i}`,
        ),
      ),
    ).finally(() => wide.end());
    const recount = `SELECT CASE WHEN p.migration IN ('selbst', 'eltern') THEN 'mit' WHEN p.migration = 'nein' THEN 'ohne' ELSE 'rest' END AS g, a.statement_key AS k, a.value AS v, count(*)::int AS n
      FROM survey_answers a JOIN survey_responses r ON r.id = a.response_id LEFT JOIN survey_profiles p ON p.response_id = r.id
      WHERE r.survey_id = $1 GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`;
    const { rows: expected } = await pool.query(recount, [started.id]);
    const { rows: counted } = await pool.query(
      "SELECT migration_group AS g, statement_key AS k, value AS v, n FROM survey_counts WHERE survey_id = $1 ORDER BY 1, 2, 3",
      [started.id],
    );
    expect(expected.reduce((sum, row) => sum + row.n, 0)).toBe(25 * 16);
    expect(counted).toEqual(expected);
  });
});

describe("the questionnaire's fields", () => {
  const schema = surveyResponseFields(germanTranslate(), 1);
  const complete = Object.fromEntries(surveyStatements(1).map((statement) => [`aussage-${statement.key}`, "4"]));

  it("takes every statement with an answer and the optional questions", () => {
    const parsed = schema.parse({ code: "ABCD23", ...complete, zugewandert: "eltern", alter: "" });
    expect(parsed.answers).toHaveLength(16);
    expect(parsed.profile).toEqual({ migration: "eltern", age: null, residence: null });
  });

  it("names an open statement, refuses forged keys and values", () => {
    const { w2: _open, ...withoutW2 } = Object.fromEntries(Object.entries(complete).map(([k, v]) => [k.replace("aussage-", ""), v]));
    void _open;
    const missing = schema.safeParse({ code: "X", ...Object.fromEntries(Object.entries(withoutW2).map(([k, v]) => [`aussage-${k}`, v])) });
    expect(missing.error?.issues.map((issue) => issue.message)).toEqual(["Aussage 2 ist noch offen."]);
    for (const forged of [
      { "aussage-x9": "3" },
      { "aussage-w1": "7" },
      { "aussage-w1": "-1" },
      { "aussage-w1": ["4", "5"] },
      { zugewandert: "vielleicht" },
      { alter: "12" },
    ]) {
      expect(schema.safeParse({ code: "X", ...complete, ...forged }).success).toBe(false);
    }
  });
});

describe("the result", () => {
  it("counts twelve answers, withholds the groups while one is small, then shows both", async () => {
    await startOrOpenDraft(db, owner, organisationId).then((checkId) =>
      saveAnswer(db, owner, organisationId, checkId, { itemKey: "willkommen", score: 90, note: "", baseVersion: 0 }),
    );
    const started = await startSurvey(db, owner, organisationId, { title: "Ergebnis", endsOn: inAWeek(), sprachen: ["de", "tr", "ar"] });
    const survey = await openSurveyByCode(db, started.code);
    for (let i = 0; i < 7; i++) await submit(survey, 2, "selbst", "tr");
    for (let i = 0; i < 5; i++) await submit(survey, 5, "nein", "ar");
    let result = await surveyResult(db, member, organisationId, started.id);
    expect(result.survey.responses).toBe(12);
    // every language under ten answers: together in one row, none named
    expect(result.perLanguage).toEqual([{ locale: null, n: 12 }]);
    expect(result.groups).toEqual({ shown: false, reason: "running" });
    // (7 × 25 + 5 × 100) / 12 on every positive statement
    const w1 = result.figures.statements.find((statement) => statement.key === "w1")!;
    expect(w1.index).toBeCloseTo(56.25, 5);
    const welcome = result.beside!.areas.find((area) => area.area === "willkommen")!;
    expect(welcome.own).toBe(90);
    expect(welcome.residents).toBeCloseTo(56.25, 5);

    for (let i = 0; i < 3; i++) await submit(survey, 2, "eltern", "de");
    for (let i = 0; i < 5; i++) await submit(survey, 5, "nein", "de");
    result = await surveyResult(db, advisor, organisationId, started.id);
    // while it runs, two views a few answers apart would show one person's group: withheld
    expect(result.groups).toEqual({ shown: false, reason: "running" });
    // de 8, tr 7, ar 5: still no language named on its own
    expect(result.perLanguage).toEqual([{ locale: null, n: 20 }]);
    await endSurvey(db, owner, organisationId, started.id);
    result = await surveyResult(db, advisor, organisationId, started.id);
    expect(result.groups.shown).toBe(true);
    if (result.groups.shown) {
      expect(result.groups.sizes).toEqual({ mit: 10, ohne: 10 });
      expect(result.groups.mit.statements.find((statement) => statement.key === "w1")!.index).toBe(25);
      expect(result.groups.ohne.statements.find((statement) => statement.key === "w1")!.index).toBe(100);
    }
    // an answer after the end is refused in the statement that would store it
    expect((await rejection(submit(survey, 3, "keine"))).guestMessage?.key).toBe("befragung.beendet");
    // a small "keine Angabe" rest would be recoverable by subtraction: all groups are withheld again
    await pool.query("UPDATE surveys SET ended_at = NULL WHERE id = $1", [started.id]);
    await submit(survey, 3, "keine");
    await endSurvey(db, owner, organisationId, started.id);
    expect((await surveyResult(db, owner, organisationId, started.id)).groups).toEqual({ shown: false, reason: "small" });
    // another Kommune reads nothing of it
    expect(await refusal(surveyResult(db, foreignOwner, foreignOrganisationId, started.id))).toBe("not_found");
  });
});
