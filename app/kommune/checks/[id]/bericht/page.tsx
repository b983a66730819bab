import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getDb } from "@/db";
import { CouncilReport } from "@/components/check/council-report";
import { pageData, requireMembershipPage, kommunePageMetadata } from "@/lib/auth/guards";
import { formatDate } from "@/lib/format";
import { getResult } from "@/lib/services/checks";
import { loadPlan } from "@/lib/services/measures";
import { roundSpread } from "@/lib/services/perspectives";
import { residentsViewForReport } from "@/lib/services/surveys";
import { indicatorOverview } from "@/lib/services/indicators";
import { reportIndicators } from "@/lib/kurzcheck/indicator-view";
import { ORGANISATION_KIND_PEERS } from "@/lib/organisations";

export function generateMetadata(): Promise<Metadata> {
  return kommunePageMetadata("Bericht für den Rat");
}

export default async function ReportPage({ params }: PageProps<"/kommune/checks/[id]/bericht">) {
  const { id } = await params;
  const { user, membership } = await requireMembershipPage(`/kommune/checks/${id}/bericht`);
  const db = getDb();
  const result = await pageData(getResult(db, user, membership.organisationId, id));
  const plan = await pageData(loadPlan(db, user, membership.organisationId));
  const spread = await pageData(roundSpread(db, user, membership.organisationId, id));
  const residents = await pageData(residentsViewForReport(db, user, membership.organisationId, result.scores));
  const indicators = await pageData(indicatorOverview(db, user, membership.organisationId));
  // A draft has no result to report yet.
  if (result.check.status === "draft") notFound();
  const summary = result.check.status === "released" ? result.comments.filter((c) => c.itemKey === null).map((c) => c.body) : [];
  return (
    <CouncilReport
      organisationName={membership.organisationName}
      roundTitle={result.check.roundTitle}
      submittedOn={formatDate(result.check.submittedAt)}
      scores={result.scores}
      notes={Object.fromEntries(result.answers.filter((a) => a.note).map((a) => [a.itemKey, a.note]))}
      summary={summary}
      kind={membership.organisationKind}
      spread={spread}
      residents={residents}
      indicators={reportIndicators(indicators.indicators)}
      peerLabel={ORGANISATION_KIND_PEERS[indicators.kind].ofOthers}
      measures={plan.measures
        .filter((m) => m.status !== "deferred")
        .map((m) => ({
          title: m.title,
          status: m.status,
          dueOn: m.dueOn ? formatDate(`${m.dueOn}T12:00:00Z`) : "ohne Termin",
          responsible: m.responsibleName ?? m.responsibleRole ?? "–",
        }))}
    />
  );
}
