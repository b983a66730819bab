import type { Metadata } from "next";
import Link from "next/link";
import { cache } from "react";
import { getDb } from "@/db";
import { SurveyResult } from "@/components/surveys/survey-result";
import { PageHeader } from "@/components/ui/page-header";
import { pageData, requireRolePage } from "@/lib/auth/guards";
import { surveyTexts } from "@/lib/i18n/messages";
import { kommuneForAdvisor } from "@/lib/services/kommunen";
import { surveyIsOpen, surveyResult } from "@/lib/services/surveys";

/** The advisor, the Kommune and the survey's result, read once per request for the title and the page; advisors only. */
const resultFor = cache(async (id: string, surveyId: string) => {
  const advisor = await requireRolePage(["advisor", "admin"], `/beratung/kommunen/${id}/befragungen/${surveyId}`);
  const db = getDb();
  const organisation = await pageData(kommuneForAdvisor(db, advisor, id));
  const result = await pageData(surveyResult(db, advisor, organisation.id, surveyId));
  return { organisation, result };
});

export async function generateMetadata({ params }: PageProps<"/beratung/kommunen/[id]/befragungen/[surveyId]">): Promise<Metadata> {
  const { id, surveyId } = await params;
  const { organisation, result } = await resultFor(id, surveyId);
  return { title: `${result.survey.title} – ${organisation.name}` };
}

/** A Kommune's resident survey for advisors: the same aggregates the Kommune sees (never a single response), read only. */
export default async function AdvisorSurveyPage({ params }: PageProps<"/beratung/kommunen/[id]/befragungen/[surveyId]">) {
  const { id, surveyId } = await params;
  const { organisation, result } = await resultFor(id, surveyId);
  return (
    <>
      <PageHeader
        eyebrow={`Beratung · ${organisation.name}`}
        title={result.survey.title}
        lead={surveyIsOpen(result.survey) ? "Die Befragung läuft noch; die Zahlen wachsen mit jeder Antwort." : "Die Befragung ist beendet."}
      />
      <p className="mb-6">
        <Link href={`/beratung/kommunen/${organisation.id}#befragungen`}>Zur Kommune {organisation.name}</Link>
      </p>
      <SurveyResult result={result} texts={surveyTexts()} />
    </>
  );
}
