import type { Metadata } from "next";
import { getDb } from "@/db";
import { StartSurveyForm } from "@/components/surveys/start-survey-form";
import { SurveyList } from "@/components/surveys/survey-list";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { kommunePageMetadata, pageData, requireMembershipPage } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { GUEST_LOCALES, LOCALES } from "@/lib/i18n/locales";
import { defaultSurveyEnd, surveyIsOpen, surveysOfKommune } from "@/lib/services/surveys";
import { startSurveyAction } from "./actions";

export function generateMetadata(): Promise<Metadata> {
  return kommunePageMetadata("Befragungen");
}

/** The Kommune's resident surveys; the owner starts one. */
export default async function SurveysPage() {
  const { user, membership } = await requireMembershipPage("/kommune/befragungen");
  const surveys = await pageData(surveysOfKommune(getDb(), user, membership.organisationId));
  return (
    <>
      <PageHeader
        eyebrow={membership.organisationName}
        title="Befragungen"
        lead="Wie erleben die Menschen vor Ort Willkommen, Angebote, Mitsprache und Schutz vor Benachteiligung? Fragen Sie sie selbst – anonym, in neun Sprachen und Leichter Sprache, mit Aushängen und QR-Code. Das Ergebnis steht neben Ihrem Kurz-Check."
      />
      <Section id="liste" title="Ihre Befragungen" wide>
        {surveys.length ? (
          <SurveyList
            caption="Befragungen Ihrer Kommune"
            surveys={surveys.map((survey) => ({ ...survey, open: surveyIsOpen(survey) }))}
            hrefFor={(id) => `/kommune/befragungen/${id}`}
          />
        ) : (
          <p>Ihre Kommune hat noch keine Befragung gestartet.</p>
        )}
      </Section>
      {can(user, "survey.run", membership.organisationId) ? (
        <Section id="starten" title="Befragung starten">
          <p>
            Die Befragung ist anonym: Gespeichert werden nur die Antworten, die Sprache und der Tag – kein Name, keine E-Mail-Adresse, keine IP-Adresse. Jedes
            Gerät kann einmal antworten. Die Auswertung sehen Ihr Team und die Beratung, immer zusammengefasst.
          </p>
          <StartSurveyForm
            startSurvey={startSurveyAction}
            defaultEnd={defaultSurveyEnd()}
            languages={GUEST_LOCALES.map((locale) => ({ locale, name: LOCALES[locale].name, lang: LOCALES[locale].htmlLang, dir: LOCALES[locale].dir }))}
          />
        </Section>
      ) : null}
    </>
  );
}
