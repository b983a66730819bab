/** Queries on checks. The Kommune is a required argument and part of every WHERE. */
import { desc, eq, sql } from "drizzle-orm";
import type { Executor } from "@/db";
import { answers, checks } from "@/db/schema";

/** The Kommune's checks, newest first, with the index once all 13 items are answered. */
export async function listChecksForOrganisation(db: Executor, organisationId: string) {
  return db
    .select({
      id: checks.id,
      roundTitle: checks.roundTitle,
      status: checks.status,
      createdAt: checks.createdAt,
      submittedAt: checks.submittedAt,
      answered: sql<number>`count(${answers.score})::int`,
      index: sql<number | null>`CASE WHEN count(${answers.score}) = 13 THEN round(avg(${answers.score}), 1)::float END`,
    })
    .from(checks)
    .leftJoin(answers, eq(answers.checkId, checks.id))
    .where(eq(checks.organisationId, organisationId))
    .groupBy(checks.id)
    .orderBy(desc(checks.createdAt));
}

/** Every answer score of the Kommune's checks, for exports: one row per check and item. */
export async function listScoresForOrganisation(db: Executor, organisationId: string) {
  return db
    .select({ checkId: answers.checkId, itemKey: answers.itemKey, score: answers.score })
    .from(answers)
    .innerJoin(checks, eq(checks.id, answers.checkId))
    .where(eq(checks.organisationId, organisationId));
}
