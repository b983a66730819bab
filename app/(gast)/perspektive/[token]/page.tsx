import type { Metadata } from "next";
import { getDb } from "@/db";
import { CheckForm } from "@/components/check/check-form";
import { PrivacyNotice } from "@/components/guests/privacy-notice";
import { GuestFrame } from "@/components/i18n/guest-frame";
import { PageHeader } from "@/components/ui/page-header";
import { isAppError } from "@/lib/errors";
import { guestRequest } from "@/lib/i18n/guest-request";
import { withLocale } from "@/lib/i18n/locales";
import { linkQuestionnaire } from "@/lib/services/perspectives";
import { submitLinkAction } from "../../actions";

export async function generateMetadata({ searchParams }: PageProps<"/perspektive/[token]">): Promise<Metadata> {
  const guest = await guestRequest(await searchParams);
  return { title: guest.t.text("workshop.formTitel"), robots: { index: false } };
}

/** A guest's questionnaire behind a personal link, in their language: the 13 items from one perspective, autosaved. */
export default async function PerspectiveLinkPage({ params, searchParams }: PageProps<"/perspektive/[token]">) {
  const { token } = await params;
  const query = await searchParams;
  const guest = await guestRequest(query);
  const { t } = guest;
  const frame = (children: React.ReactNode) => (
    <GuestFrame guest={guest} namespaces={["fehler", "fragebogen"]}>
      {children}
    </GuestFrame>
  );
  if (query.danke !== undefined) return frame(<PageHeader title={t("link.dankeTitel")} lead={t("link.dankeLead")} />);
  let questionnaire;
  try {
    questionnaire = await linkQuestionnaire(getDb(), token);
  } catch (error) {
    if (!isAppError(error)) throw error;
    return frame(
      <>
        <PageHeader title={t("link.ungueltigTitel")} />
        <p className="max-w-prose">{t("link.ungueltig")}</p>
      </>,
    );
  }
  const { respondent, answers } = questionnaire;
  const initial = Object.fromEntries(answers.map((a) => [a.itemKey, { score: a.score, note: a.note, version: a.version }]));
  return frame(
    <>
      <PageHeader
        eyebrow={t("link.kopf", { kommune: respondent.organisationName, perspective: t.text(`perspektiven.${respondent.perspective}`) })}
        title={t("link.titel", { round: respondent.roundTitle })}
        lead={t("link.lead", { zero: t.text.percent(0), full: t.text.percent(100) })}
      />
      <CheckForm
        target={{ id: `perspektive-${respondent.id}`, saveBase: `/api/perspektive/${token}/antworten` }}
        initial={initial}
        items={guest.items()}
        withFactorLinks={false}
        submit={{
          heading: t.text("link.absendenTitel"),
          explanation: t.text("link.absendenText"),
          label: t.text("fragebogen.absenden"),
          question: t.text("link.absendenFrage"),
          confirm: t.text("link.absendenJa"),
          run: submitLinkAction.bind(null, token, guest.locale),
          doneHref: withLocale(`/perspektive/${token}?danke`, guest.locale),
          skipLink: t.text("fragebogen.zumAbsenden"),
          notSentTitle: t.text("fehler.nochNichtAbgeschickt"),
        }}
      />
      <PrivacyNotice title={t("datenschutz.titel")} text={t("datenschutz.link", { kommune: respondent.organisationName })} more={t("datenschutz.mehr")} />
    </>,
  );
}
