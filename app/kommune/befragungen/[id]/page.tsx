import type { Metadata } from "next";
import Image from "next/image";
import Link from "next/link";
import { getDb } from "@/db";
import { LanguageName } from "@/components/i18n/language-name";
import { SurveyResult } from "@/components/surveys/survey-result";
import { PageHeader } from "@/components/ui/page-header";
import { RowButton } from "@/components/ui/row-actions";
import { kommunePageMetadata, pageData, requireMembershipPage } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { formatDate } from "@/lib/format";
import { surveyTexts } from "@/lib/i18n/messages";
import { qrDataUri } from "@/lib/qr";
import { siteUrl } from "@/lib/site";
import { surveyIsOpen, surveyResult } from "@/lib/services/surveys";
import { endSurveyAction } from "../actions";

export function generateMetadata(): Promise<Metadata> {
  return kommunePageMetadata("Befragung");
}

/** A survey: while it runs its code, address, QR code and poster; always its result. */
export default async function SurveyPage({ params }: PageProps<"/kommune/befragungen/[id]">) {
  const { id } = await params;
  const { user, membership } = await requireMembershipPage(`/kommune/befragungen/${id}`);
  const result = await pageData(surveyResult(getDb(), user, membership.organisationId, id));
  const { survey } = result;
  const open = surveyIsOpen(survey);
  const address = `${siteUrl()}/befragung/${survey.code}`;
  return (
    <>
      <PageHeader
        eyebrow={`${membership.organisationName} · Befragung`}
        title={survey.title}
        lead={
          open
            ? `Läuft bis ${formatDate(survey.endsOn)}, in ${survey.languages.length === 1 ? "einer Sprache" : `${survey.languages.length} Sprachen`}.`
            : `Beendet. Gestartet am ${formatDate(survey.startedAt)}.`
        }
      />
      <p className="mb-6">
        <Link href="/kommune/befragungen">Alle Befragungen</Link>
      </p>
      {open ? (
        <section aria-labelledby="laeuft" className="grid max-w-4xl grid-cols-1 items-start gap-6 rounded-lg border border-line p-4 md:grid-cols-[1fr_auto]">
          <div>
            <h2 id="laeuft" className="text-2xl font-bold break-words text-brand-900">
              Befragungscode: {survey.code}
            </h2>
            <p className="mt-2 break-all">{address}</p>
            <p className="mt-4">
              <Link href={`/kommune/befragungen/${survey.id}/aushang`}>Aushang drucken (A4, mit QR-Code, in allen gewählten Sprachen)</Link>
            </p>
            <p className="mt-2">
              Sprachen:{" "}
              {survey.languages.map((locale, index) => (
                <span key={locale}>
                  {index ? ", " : ""}
                  <LanguageName locale={locale} />
                </span>
              ))}
            </p>
            {can(user, "survey.run", membership.organisationId) ? (
              <div className="mt-4">
                <RowButton
                  action={endSurveyAction}
                  idName="surveyId"
                  id={survey.id}
                  label="Befragung beenden"
                  confirm={{ question: "Befragung jetzt beenden? Der Code nimmt danach keine Antworten mehr an.", yes: "Ja, Befragung beenden" }}
                />
              </div>
            ) : null}
          </div>
          <Image
            src={await qrDataUri(address)}
            alt={`QR-Code zur Befragung: ${address}`}
            width={200}
            height={200}
            unoptimized
            className="h-auto w-48 bg-white"
          />
        </section>
      ) : null}
      <SurveyResult result={result} texts={surveyTexts()} measureHref={(area) => `/kommune/massnahmen/neu?bereich=${area}`} />
    </>
  );
}
