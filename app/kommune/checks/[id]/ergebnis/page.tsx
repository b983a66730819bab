import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db";
import { CheckResult } from "@/components/check/check-result";
import { RoundAnswers } from "@/components/review/round-answers";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { pageData, requireMembershipPage, kommunePageMetadata } from "@/lib/auth/guards";
import { CHECK_STATUS_SENTENCES, formatDate } from "@/lib/format";
import { getResult } from "@/lib/services/checks";
import { comparisonFigures } from "@/lib/services/statewide";
import { Comparison } from "@/components/check/comparison";
import { computeResult } from "@/lib/kurzcheck/scoring";
import { followUp } from "@/lib/services/measures";
import { roundSpread } from "@/lib/services/perspectives";
import { PerspectiveSpread } from "@/components/perspectives/perspective-spread";
import { FollowUp } from "@/components/measures/follow-up";
import { FeedbackNotice } from "@/components/review/feedback-notice";
import { kommuneReplyAction } from "./actions";

export function generateMetadata(): Promise<Metadata> {
  return kommunePageMetadata("Ergebnis des Kurz-Checks");
}

export default async function ResultPage({ params }: PageProps<"/kommune/checks/[id]/ergebnis">) {
  const { id } = await params;
  const { user, membership } = await requireMembershipPage(`/kommune/checks/${id}/ergebnis`);
  const db = getDb();
  const result = await pageData(getResult(db, user, membership.organisationId, id));
  const { check } = result;
  const resultIndex = computeResult(result.scores).index;

  if (check.status === "draft") {
    return (
      <>
        <PageHeader eyebrow={membership.organisationName} title={`Ergebnis: ${check.roundTitle}`} />
        <p className="max-w-3xl">Dieser Kurz-Check ist noch ein Entwurf. Das Ergebnis erscheint, sobald er eingereicht ist.</p>
        <p className="mt-4">
          <Link href={`/kommune/checks/${check.id}`}>Weiter ausfüllen</Link>
        </p>
      </>
    );
  }

  // Independent reads, sent together: the page waits for the slowest, not for their sum.
  const [spread, comparison, followed] = await Promise.all([
    roundSpread(db, user, membership.organisationId, check.id, result.answers),
    resultIndex !== null ? comparisonFigures(db, user, membership.organisationId) : null,
    followUp(db, user, membership.organisationId, { submittedAt: check.submittedAt, scores: result.scores }, result.previous?.submittedAt ?? null),
  ]);
  return (
    <>
      <PageHeader
        eyebrow={membership.organisationName}
        title={`Ergebnis: ${check.roundTitle}`}
        lead={`Eingereicht am ${formatDate(check.submittedAt)}. ${CHECK_STATUS_SENTENCES[check.status]}`}
      />
      {check.status === "released" ? <FeedbackNotice releasedAt={check.releasedAt} /> : null}
      <div className="no-print flex flex-wrap gap-4">
        <ButtonLink href={`/kommune/checks/${check.id}/bericht`}>Bericht für den Rat</ButtonLink>
        <ButtonLink href="/kommune/massnahmen" variant="secondary">
          Maßnahmenplan
        </ButtonLink>
        <ButtonLink href="/kommune" variant="secondary">
          Zur Übersicht
        </ButtonLink>
      </div>
      <CheckResult scores={result.scores} previous={result.previous} kind={membership.organisationKind} offerMeasures />
      <PerspectiveSpread {...spread} />
      {comparison && resultIndex !== null ? <Comparison groups={comparison} scores={result.scores} index={resultIndex} /> : null}
      <FollowUp rows={followed.perItem} since={result.previous?.submittedAt ? formatDate(result.previous.submittedAt) : null} />
      {check.status !== "released" ? (
        <p className="mt-10 max-w-3xl rounded bg-brand-50 p-4">
          Die Berater*innen von NIKO sehen Ihren eingereichten Check. Sobald sie eine Rückmeldung freigeben, erscheint sie hier, bei jeder Frage und als
          Gesamteinschätzung.
        </p>
      ) : null}
      <RoundAnswers
        viewer="kommune"
        checkId={check.id}
        answers={result.answers.map((a) => ({ ...a, previousScore: result.previous?.scores[a.itemKey] ?? null }))}
        messages={result.comments.map((c) => ({ ...c, createdOn: formatDate(c.createdAt) }))}
        reply={check.status === "released" ? kommuneReplyAction : undefined}
      />
    </>
  );
}
