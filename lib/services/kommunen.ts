/**
 * The Kommunen as the network's advisors see them: the dashboard, the
 * directory with its filters, one Kommune's profile. Every function checks the
 * reader's right itself; the pages only render what comes back.
 */
import type { Database } from "@/db";
import {
  countChecksByStatus,
  countUnverifiedOrganisations,
  findOrganisation,
  listAdvisors,
  listOrganisations,
  organisationMembers,
  organisationsWithOverdueMeasures,
  recentActivity,
  releasedWithoutPlan,
  reviewQueue,
  unverifiedOrganisations,
  type OrganisationFilter,
} from "@/db/queries/advisor";
import { listChecksForOrganisation } from "@/db/queries/checks";
import { assertCan } from "@/lib/auth/permissions";
import type { CurrentUser } from "@/lib/auth/signed-in-user";
import { todayInGermany } from "@/lib/dates";
import { AppError } from "@/lib/errors";

/** The advisors' dashboard: checks by status, the head of the review queue and of the registrations, activity, plans to follow. */
export async function advisorDashboard(db: Database, user: CurrentUser, shown: { queue: number; registrations: number }) {
  assertCan(user, "review.read");
  const [counts, queue, unverified, unverifiedTotal, activity, overdue, withoutPlan] = await Promise.all([
    countChecksByStatus(db),
    reviewQueue(db, shown.queue),
    unverifiedOrganisations(db, shown.registrations),
    countUnverifiedOrganisations(db),
    recentActivity(db),
    organisationsWithOverdueMeasures(db, todayInGermany()),
    releasedWithoutPlan(db),
  ]);
  return { counts, queue, unverified, unverifiedTotal, activity, overdue, withoutPlan };
}

/** The directory of Kommunen, filtered and paged. */
export async function kommuneDirectory(db: Database, user: CurrentUser, filter: OrganisationFilter) {
  assertCan(user, "organisation.read");
  return listOrganisations(db, filter);
}

/** One Kommune as the advisors' pages show it; "not found" for an unknown id. */
export async function kommuneForAdvisor(db: Database, user: CurrentUser, organisationId: string) {
  assertCan(user, "organisation.read", organisationId);
  const organisation = await findOrganisation(db, organisationId);
  if (!organisation) throw new AppError("not_found");
  return organisation;
}

/** A Kommune's team, its rounds and the advisors it can be assigned to. */
export async function kommuneProfile(db: Database, user: CurrentUser, organisationId: string) {
  assertCan(user, "team.read", organisationId);
  assertCan(user, "check.read", organisationId);
  const [members, rounds, advisors] = await Promise.all([
    organisationMembers(db, organisationId),
    listChecksForOrganisation(db, organisationId, "advisor"),
    listAdvisors(db),
  ]);
  return { members, rounds, advisors };
}
