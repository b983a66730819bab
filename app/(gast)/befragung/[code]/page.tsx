import type { Metadata } from "next";
import { cookies } from "next/headers";
import Link from "next/link";
import { getDb } from "@/db";
import { PrivacyNotice } from "@/components/guests/privacy-notice";
import { GuestFrame } from "@/components/i18n/guest-frame";
import { ForgetSurveyDraft, SurveyForm } from "@/components/surveys/survey-form";
import { PageHeader } from "@/components/ui/page-header";
import { hasAnsweredSurvey, normaliseWorkshopCode, surveyCookieName } from "@/lib/auth/guests";
import { isAppError } from "@/lib/errors";
import { guestRequest } from "@/lib/i18n/guest-request";
import { isGuestLocale, withLocale } from "@/lib/i18n/locales";
import { surveyInstrument, surveyStatements } from "@/lib/kurzcheck/survey";
import { openSurveyByCode, type OpenSurvey } from "@/lib/services/surveys";
import { submitSurveyAction } from "@/app/(gast)/actions";

const NAMESPACES = ["befragung", "fehler"] as const;

/** The open survey behind the URL's code, or null (ended, unknown, malformed). */
async function surveyOf(params: Promise<{ code: string }>): Promise<OpenSurvey | null> {
  try {
    return await openSurveyByCode(getDb(), normaliseWorkshopCode((await params).code));
  } catch (error) {
    if (isAppError(error)) return null;
    throw error;
  }
}

export async function generateMetadata({ params, searchParams }: PageProps<"/befragung/[code]">): Promise<Metadata> {
  const survey = await surveyOf(params);
  const guest = await guestRequest(await searchParams, survey?.languages.filter(isGuestLocale));
  return { title: guest.t.text("befragung.titel"), robots: { index: false } };
}

/**
 * The resident survey in the respondent's language (among those the Kommune
 * offers): who asks and why, the privacy notice on the first screen, the
 * statements, the optional questions; afterwards only the thanks.
 */
export default async function SurveyPage({ params, searchParams }: PageProps<"/befragung/[code]">) {
  const survey = await surveyOf(params);
  const offered = survey?.languages.filter(isGuestLocale);
  const query = await searchParams;
  const guest = await guestRequest(query, offered);
  const { t } = guest;
  const frame = (children: React.ReactNode) => (
    <GuestFrame guest={guest} namespaces={NAMESPACES} languages={offered}>
      {children}
    </GuestFrame>
  );
  if (!survey) {
    return frame(
      <>
        {/* An ended survey's answers need not stay on the phone. */}
        <ForgetSurveyDraft code={normaliseWorkshopCode((await params).code)} />
        <PageHeader title={t("befragung.nichtGefunden")} />
        <p className="max-w-prose">{t("befragung.beendet")}</p>
        <p className="mt-4">
          <Link href={withLocale("/befragung", guest.locale)}>{t("workshop.nochmal")}</Link>
        </p>
      </>,
    );
  }
  const answered = hasAnsweredSurvey(survey.id, (await cookies()).get(surveyCookieName(survey.id))?.value);
  if (answered || query.danke !== undefined) {
    return frame(
      <>
        <ForgetSurveyDraft code={survey.code} />
        <PageHeader title={t("befragung.dankeTitel")} lead={t("befragung.dankeLead", { kommune: survey.organisationName })} />
        {answered && query.danke === undefined ? <p className="max-w-prose">{t("befragung.schonGeantwortet")}</p> : null}
      </>,
    );
  }
  const statements = surveyStatements(survey.instrumentVersion);
  const areas = surveyInstrument(survey.instrumentVersion).areas.map((area) => ({
    key: area.key,
    statements: statements.filter((statement) => statement.area === area.key).map(({ key, number }) => ({ key, number })),
  }));
  return frame(
    <>
      <PageHeader
        eyebrow={t("befragung.kopf", { kommune: survey.organisationName })}
        title={t("befragung.titel")}
        lead={t("befragung.lead", { kommune: survey.organisationName })}
      />
      <PrivacyNotice title={t("datenschutz.titel")} text={t("datenschutz.text", { kommune: survey.organisationName })} more={t("datenschutz.mehr")} />
      <SurveyForm submitSurvey={submitSurveyAction} code={survey.code} locale={guest.locale} areas={areas} />
    </>,
  );
}
