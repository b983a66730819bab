import type { Metadata } from "next";
import { cookies } from "next/headers";
import Link from "next/link";
import { getDb } from "@/db";
import { WorkshopForm } from "@/components/perspectives/workshop-form";
import { PageHeader } from "@/components/ui/page-header";
import { AppError } from "@/lib/errors";
import { hasAnsweredWorkshop, normaliseWorkshopCode, workshopCookieName } from "@/lib/auth/guests";
import { workshopByCode } from "@/lib/services/perspectives";
import { startWorkshopAnswerAction, submitWorkshopAction } from "@/app/(gast)/actions";

export const metadata: Metadata = { title: "Ihre Antworten im Workshop", robots: { index: false } };

/** A workshop's questionnaire for one participant; afterwards the thanks (and nothing of the results). */
export default async function WorkshopPage({ params, searchParams }: PageProps<"/mitmachen/[code]">) {
  const code = normaliseWorkshopCode((await params).code);
  let workshop;
  try {
    workshop = await workshopByCode(getDb(), code);
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return (
      <>
        <PageHeader title="Workshop nicht gefunden oder beendet" />
        <p className="max-w-prose">{error.message}</p>
        <p className="mt-4">
          <Link href="/mitmachen">Code erneut eingeben</Link>
        </p>
      </>
    );
  }
  const answered = hasAnsweredWorkshop(workshop.id, (await cookies()).get(workshopCookieName(workshop.id))?.value);
  if (answered || (await searchParams).danke !== undefined) {
    return (
      <PageHeader
        title="Danke für Ihre Antworten!"
        lead="Ihre Einschätzungen sind angekommen und fließen zusammen mit denen der anderen in die Auswertung ein. Die Ergebnisse bespricht die Moderation gleich mit allen."
      />
    );
  }
  return (
    <>
      <PageHeader
        eyebrow={`${workshop.organisationName} · Teilnahmecode ${workshop.code}`}
        title="Ihre Sicht auf die Integrationsarbeit"
        lead="Wählen Sie Ihre Perspektive und schätzen Sie die 13 Fragen ein, von 0 % („trifft gar nicht zu“) bis 100 % („trifft voll zu“). Ihr Name und Ihre Adresse werden nicht gespeichert."
      />
      <WorkshopForm submitWorkshop={submitWorkshopAction} startAnswering={startWorkshopAnswerAction} code={workshop.code} />
    </>
  );
}
