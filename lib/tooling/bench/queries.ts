/**
 * The advisors' heaviest reads at national scale, timed as the server runs
 * them (the query functions the pages call), and their plans checked for a
 * sequential scan over answers.
 */
import { sql, type SQL } from "drizzle-orm";
import type { Database } from "../../../db/index";
import { listOrganisations, organisationListQuery, type OrganisationFilter } from "../../../db/queries/advisor";
import type { CurrentUser } from "../../auth/signed-in-user";
import { STATEWIDE_QUERY } from "../../../db/queries/statewide";
import { statewideFigures } from "../../services/statewide";
import { timeSequential, type Summary } from "./stats";

export interface QueryFigure extends Summary {
  label: string;
  target: string;
  seqScanOnAnswers: boolean;
  usesIndex: boolean;
  plan: string;
}

const base: OrganisationFilter = { sort: "name", direction: "asc", page: 1, pageSize: 25 };
const LIST_CASES: [string, OrganisationFilter][] = [
  ["Kommunenliste, erste Seite", base],
  [
    "Kommunenliste, gefiltert (Oberbayern, Markt, freigegeben, Seite 3)",
    { ...base, regierungsbezirk: "oberbayern", kind: "markt", latestStatus: "released", sort: "latest", direction: "desc", page: 3 },
  ],
  ["Kommunenliste, Suche „Musterort 0421“", { ...base, q: "Musterort 0421" }],
];

async function explain(db: Database, query: SQL) {
  const plan = (await db.execute<{ "QUERY PLAN": string }>(sql`EXPLAIN ${query}`)).rows.map((r) => r["QUERY PLAN"]).join("\n");
  return { plan, seqScanOnAnswers: /Seq Scan on answers/.test(plan), usesIndex: /Index/.test(plan) };
}

export async function measureAdvisorQueries(db: Database, runs = 40): Promise<QueryFigure[]> {
  const figures: QueryFigure[] = [];
  for (const [label, filter] of LIST_CASES) {
    const timing = await timeSequential(() => listOrganisations(db, filter), runs);
    figures.push({ label, target: "p95 ≤ 150 ms", ...timing, ...(await explain(db, organisationListQuery(filter))) });
  }
  const advisor: CurrentUser = {
    id: "00000000-0000-0000-0000-000000000000",
    email: "bench@example.org",
    name: "Bench",
    role: "advisor",
    emailConfirmed: true,
    secondFactorEnabled: true,
    hasPasskey: false,
    mustSetUpSecondFactor: false,
    sessionId: null,
    measureReminders: false,
    memberships: [],
  };
  const statewide = await timeSequential(() => statewideFigures(db, advisor), 15);
  figures.push({ label: "Landesweite Auswertung", target: "≤ 300 ms", ...statewide, ...(await explain(db, STATEWIDE_QUERY)) });
  return figures;
}
