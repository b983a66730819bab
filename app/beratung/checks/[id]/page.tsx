import type { Metadata } from "next";
import Link from "next/link";
import { cache } from "react";
import { getDb } from "@/db";
import { ReviewForm } from "@/components/review/review-form";
import { RoundAnswers } from "@/components/review/round-answers";
import { StartReview } from "@/components/review/start-review";
import { PerspectiveSpread } from "@/components/perspectives/perspective-spread";
import { roundSpread } from "@/lib/services/perspectives";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { pageData, requireRolePage } from "@/lib/auth/guards";
import { CHECK_STATUS_LABELS, formatDate, formatPercent } from "@/lib/format";
import { computeResult } from "@/lib/kurzcheck/scoring";
import { scoresOf } from "@/lib/services/checks";
import { loadReview, type DraftComments } from "@/lib/services/reviews";
import { advisorReplyAction } from "../../actions";
import { releaseFeedbackAction, returnCheckAction, saveDraftCommentsAction, startReviewAction } from "@/app/beratung/actions";

/** The review, read once per request for the title and the page. */
const reviewFor = cache(async (id: string) => {
  const advisor = await requireRolePage(["advisor", "admin"], `/beratung/checks/${id}`);
  return { ...(await pageData(loadReview(getDb(), advisor, id))), advisor };
});

export async function generateMetadata({ params }: PageProps<"/beratung/checks/[id]">): Promise<Metadata> {
  const review = await reviewFor((await params).id);
  return { title: `Kurz-Check prüfen – ${review.organisation.name}, ${review.check.roundTitle}` };
}

export default async function ReviewPage({ params, searchParams }: PageProps<"/beratung/checks/[id]">) {
  const review = await reviewFor((await params).id);
  const { check, organisation } = review;
  const result = computeResult(scoresOf(review.answers));
  const released = (await searchParams).hinweis === "freigegeben";
  const answers = review.answers.map((a) => ({ ...a, previousScore: review.previous?.scores[a.itemKey] ?? null }));

  const drafts = Object.fromEntries(review.comments.filter((c) => !c.released && !c.fromKommune).map((c) => [c.itemKey ?? "gesamt", c.body])) as DraftComments;

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
      {check.status === "submitted" ? <StartReview startReview={startReviewAction} checkId={check.id} /> : null}
      <PerspectiveSpread
        {...await roundSpread(getDb(), review.advisor, organisation.id, check.id, review.answers)}
        team={{ label: "Kommune", subject: "die Kommune" }}
      />
      {check.status === "in_review" ? (
        <ReviewForm
          actions={{ releaseFeedback: releaseFeedbackAction, returnCheck: returnCheckAction, saveDraftComments: saveDraftCommentsAction }}
          checkId={check.id}
          drafts={drafts}
          items={answers}
        />
      ) : (
        <RoundAnswers
          viewer="beratung"
          checkId={check.id}
          answers={answers}
          messages={review.comments.filter((c) => c.released).map((c) => ({ ...c, createdOn: formatDate(c.createdAt) }))}
          reply={check.status === "released" ? advisorReplyAction : undefined}
        />
      )}
    </>
  );
}
