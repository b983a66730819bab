import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db";
import { ReviewForm } from "@/components/review/review-form";
import { ReviewThreads } from "@/components/review/review-threads";
import { PageHeader } from "@/components/ui/page-header";
import { pageData, requireRolePage } from "@/lib/auth/guards";
import { CHECK_STATUS_LABELS, formatDate, formatPercent } from "@/lib/format";
import { computeResult } from "@/lib/kurzcheck/scoring";
import { openReview } from "@/lib/services/reviews";
import { scoresOf } from "@/lib/services/checks";
import { advisorReplyAction } from "../../actions";
import { Notice } from "@/components/ui/notice";
import type { DraftComments } from "@/lib/services/reviews";

export const metadata: Metadata = { title: "Kurz-Check prüfen" };

export default async function ReviewPage({ params, searchParams }: PageProps<"/beratung/checks/[id]">) {
  const { id } = await params;
  const advisor = await requireRolePage(["advisor", "admin"], `/beratung/checks/${id}`);
  const review = await pageData(openReview(getDb(), advisor, id));
  const { check, organisation } = review;
  const result = computeResult(scoresOf(review.answers));
  const released = (await searchParams).hinweis === "freigegeben";

  const drafts = Object.fromEntries(
    review.comments.filter((c) => !c.released && !c.fromKommune).map((c) => [c.itemKey ?? "gesamt", c.body]),
  ) as DraftComments;

  return (
    <>
      <PageHeader
        eyebrow="Prüfung"
        title={`${organisation.name}: ${check.roundTitle}`}
        lead={`Eingereicht am ${formatDate(check.submittedAt)} · Status: ${CHECK_STATUS_LABELS[check.status]} · Index ${result.index === null ? "–" : formatPercent(result.index)}${review.previous ? ` · Vorrunde: ${review.previous.roundTitle}` : ""}`}
      />
      <p className="mb-6">
        <Link href={`/beratung/kommunen/${organisation.id}`}>Zur Kommune {organisation.name}</Link>
      </p>
      {released ? (
        <Notice tone="success" announce>
          Die Rückmeldung ist freigegeben. Die Kommune wurde per E-Mail informiert.
        </Notice>
      ) : null}
      {check.status === "in_review" ? (
        <ReviewForm
          checkId={check.id}
          drafts={drafts}
          items={review.answers.map((a) => ({ itemKey: a.itemKey, score: a.score, note: a.note, previousScore: review.previous?.scores[a.itemKey] ?? null }))}
        />
      ) : (
        <ReviewThreads
          checkId={check.id}
          reply={check.status === "released" ? advisorReplyAction : undefined}
          messages={review.comments.filter((c) => c.released).map((c) => ({ ...c, createdOn: formatDate(c.createdAt) }))}
        />
      )}
    </>
  );
}
