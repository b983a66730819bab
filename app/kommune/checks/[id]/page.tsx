import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db";
import { CheckForm } from "@/components/check/check-form";
import { submitCheckAction } from "./actions";
import { roundSpread } from "@/lib/services/perspectives";
import { describeDifference } from "@/lib/kurzcheck/perspectives";
import { PageHeader } from "@/components/ui/page-header";
import { pageData, requireMembershipPage, kommunePageMetadata } from "@/lib/auth/guards";
import { AnswerList } from "@/components/check/answer-list";
import { Section } from "@/components/ui/section";
import { CHECK_STATUS_SENTENCES, formatDate, formatPercent } from "@/lib/format";
import { getCheck } from "@/lib/services/checks";
import { Notice } from "@/components/ui/notice";

export function generateMetadata(): Promise<Metadata> {
  return kommunePageMetadata("Antworten des Kurz-Checks");
}

export default async function CheckPage({ params }: PageProps<"/kommune/checks/[id]">) {
  const { id } = await params;
  const { user, membership } = await requireMembershipPage(`/kommune/checks/${id}`);
  const { check, answers, carriedOverFrom } = await pageData(getCheck(getDb(), user, membership.organisationId, id));

  if (check.status !== "draft") {
    return (
      <>
        <PageHeader eyebrow={membership.organisationName} title={check.roundTitle} />
        <p className="max-w-3xl">
          {CHECK_STATUS_SENTENCES[check.status]} Eingereicht am {formatDate(check.submittedAt)}; die Antworten lassen sich nicht mehr ändern.
        </p>
        <p className="mt-4">
          <Link href={`/kommune/checks/${check.id}/ergebnis`}>Zum Ergebnis</Link>
        </p>
        <Section id="antworten" title="Ihre Antworten und Anmerkungen" wide>
          <AnswerList answers={answers} label="Ihre Antworten" noteLabel="Ihre Anmerkung" />
        </Section>
      </>
    );
  }

  const initial = Object.fromEntries(answers.map((a) => [a.itemKey, { score: a.score, note: a.note, version: a.version }]));
  const spread = await pageData(roundSpread(getDb(), user, membership.organisationId, check.id, answers));
  // What the perspectives said so far, beside each scale: input for the team's decision (from three answers on).
  const hints = Object.fromEntries(
    spread.items
      .filter((item) => item.all)
      .map((item) => [
        item.itemKey,
        {
          label: "Perspektiven bisher:",
          text:
            `Median ${formatPercent(item.all!.median)}, Spanne ${formatPercent(item.all!.min)} bis ${formatPercent(item.all!.max)} (${item.all!.n} Antworten).` +
            (item.discussion ? ` Gesprächsbedarf: ${describeDifference(item, "Ihr Team", formatPercent)}` : ""),
        },
      ]),
  );
  return (
    <>
      <PageHeader
        eyebrow={membership.organisationName}
        title={check.roundTitle}
        lead="Schätzen Sie jede Frage von 0 % („trifft gar nicht zu“) bis 100 % („trifft voll zu“) ein. Alles wird sofort gespeichert; Kolleg*innen können gleichzeitig mitarbeiten."
      />
      {check.returnReason ? (
        <Notice tone="warning" announce>
          Von der Beratung zurückgegeben: {check.returnReason}
        </Notice>
      ) : null}
      <p className="mb-6">
        <Link href={`/kommune/checks/${check.id}/perspektiven`}>Perspektiven einholen: Einladungen und Workshop</Link>
        {spread.responses ? ` (${spread.responses} ${spread.responses === 1 ? "Antwort" : "Antworten"} bisher)` : ""}
      </p>
      {carriedOverFrom ? (
        <Notice>
          Diese Runde beginnt mit den Antworten aus {carriedOverFrom}. Bitte prüfen Sie jede Frage: Übernommene Antworten sind markiert, bis Sie sie ändern oder
          bestätigen.
        </Notice>
      ) : null}
      <CheckForm
        hints={hints}
        carriedOver={
          carriedOverFrom ? { from: carriedOverFrom, items: answers.filter((answer) => answer.carriedOver).map((answer) => answer.itemKey) } : undefined
        }
        target={{ id: check.id, saveBase: `/api/checks/${check.id}/answers` }}
        initial={initial}
        submit={{
          heading: "Einreichen",
          explanation:
            "Nach dem Einreichen ist der Check abgeschlossen und kann nicht mehr geändert werden. Sie sehen sofort Ihr Ergebnis; die Berater*innen von NIKO können Ihnen eine Rückmeldung geben.",
          label: "Check einreichen",
          question: "Möchten Sie den Kurz-Check jetzt verbindlich einreichen?",
          confirm: "Ja, jetzt einreichen",
          run: submitCheckAction.bind(null, check.id),
          doneHref: `/kommune/checks/${check.id}/ergebnis`,
        }}
      />
    </>
  );
}
