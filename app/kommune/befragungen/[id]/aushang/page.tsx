import type { Metadata } from "next";
import { getDb } from "@/db";
import { SurveyPoster } from "@/components/surveys/survey-poster";
import { kommunePageMetadata, pageData, requireMembershipPage } from "@/lib/auth/guards";
import { isGuestLocale, LOCALES } from "@/lib/i18n/locales";
import { qrDataUri } from "@/lib/qr";
import { siteUrl } from "@/lib/site";
import { surveyOfKommune } from "@/lib/services/surveys";
import { guestPhrases } from "@/lib/services/translations";

export function generateMetadata(): Promise<Metadata> {
  return kommunePageMetadata("Aushang zur Befragung");
}

/** The printable poster of a survey: an invitation in every language it offers. */
export default async function SurveyPosterPage({ params }: PageProps<"/kommune/befragungen/[id]/aushang">) {
  const { id } = await params;
  const { user, membership } = await requireMembershipPage(`/kommune/befragungen/${id}/aushang`);
  const db = getDb();
  const survey = await pageData(surveyOfKommune(db, user, membership.organisationId, id));
  const address = `${siteUrl()}/befragung/${survey.code}`;
  const locales = survey.languages.filter(isGuestLocale);
  const phrases = await guestPhrases(db, locales, ["befragung.aushangEinladung", "befragung.aushangAnleitung"]);
  return (
    <SurveyPoster
      kommuneName={membership.organisationName}
      code={survey.code}
      address={address}
      qr={await qrDataUri(address)}
      lines={locales.map((locale) => ({
        locale,
        lang: LOCALES[locale].htmlLang,
        dir: LOCALES[locale].dir,
        invitation: phrases[locale]!["befragung.aushangEinladung"]!,
        instruction: phrases[locale]!["befragung.aushangAnleitung"]!,
      }))}
    />
  );
}
