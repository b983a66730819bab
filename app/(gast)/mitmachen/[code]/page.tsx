import type { Metadata } from "next";
import { cookies } from "next/headers";
import Link from "next/link";
import { getDb } from "@/db";
import { PrivacyNotice } from "@/components/guests/privacy-notice";
import { GuestFrame } from "@/components/i18n/guest-frame";
import { ForgetWorkshopDraft, WorkshopForm } from "@/components/perspectives/workshop-form";
import { PageHeader } from "@/components/ui/page-header";
import { isAppError } from "@/lib/errors";
import { hasAnsweredWorkshop, normaliseWorkshopCode, workshopCookieName } from "@/lib/auth/guests";
import { guestRequest } from "@/lib/i18n/guest-request";
import { withLocale } from "@/lib/i18n/locales";
import { workshopByCode } from "@/lib/services/perspectives";
import { startWorkshopAnswerAction, submitWorkshopAction } from "@/app/(gast)/actions";

export async function generateMetadata({ searchParams }: PageProps<"/mitmachen/[code]">): Promise<Metadata> {
  const guest = await guestRequest(await searchParams);
  return { title: guest.t.text("workshop.formTitel"), robots: { index: false } };
}

/** A workshop's questionnaire for one participant, in their language; afterwards the thanks (and nothing of the results). */
export default async function WorkshopPage({ params, searchParams }: PageProps<"/mitmachen/[code]">) {
  const query = await searchParams;
  const guest = await guestRequest(query);
  const { t } = guest;
  const code = normaliseWorkshopCode((await params).code);
  const frame = (children: React.ReactNode) => (
    <GuestFrame guest={guest} namespaces={["workshop", "fehler", "fragebogen", "perspektiven"]}>
      {children}
    </GuestFrame>
  );
  let workshop;
  try {
    workshop = await workshopByCode(getDb(), code);
  } catch (error) {
    if (!isAppError(error)) throw error;
    return frame(
      <>
        <PageHeader title={t("workshop.nichtGefunden")} />
        <p className="max-w-prose">{error.guestMessage ? t(error.guestMessage.key) : t("workshop.codeUnbekannt")}</p>
        <p className="mt-4">
          <Link href={withLocale("/mitmachen", guest.locale)}>{t("workshop.nochmal")}</Link>
        </p>
      </>,
    );
  }
  const answered = hasAnsweredWorkshop(workshop.id, (await cookies()).get(workshopCookieName(workshop.id))?.value);
  if (answered || query.danke !== undefined) {
    return frame(
      <>
        <ForgetWorkshopDraft code={workshop.code} />
        <PageHeader title={t("workshop.dankeTitel")} lead={t("workshop.dankeLead")} />
      </>,
    );
  }
  return frame(
    <>
      <PageHeader
        eyebrow={t("workshop.codeZeile", { kommune: workshop.organisationName, code: workshop.code })}
        title={t("workshop.formTitel")}
        lead={t("workshop.formLead", { zero: t.text.percent(0), full: t.text.percent(100) })}
      />
      <WorkshopForm
        submitWorkshop={submitWorkshopAction}
        startAnswering={startWorkshopAnswerAction}
        code={workshop.code}
        items={guest.items()}
        locale={guest.locale}
      />
      <PrivacyNotice title={t("datenschutz.titel")} text={t("datenschutz.workshop", { kommune: workshop.organisationName })} more={t("datenschutz.mehr")} />
    </>,
  );
}
