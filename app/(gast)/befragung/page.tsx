import type { Metadata } from "next";
import { JoinByCode } from "@/components/guests/join-by-code";
import { GuestFrame } from "@/components/i18n/guest-frame";
import { PageHeader } from "@/components/ui/page-header";
import { guestRequest } from "@/lib/i18n/guest-request";
import { joinSurveyAction } from "@/app/(gast)/actions";

export async function generateMetadata({ searchParams }: PageProps<"/befragung">): Promise<Metadata> {
  const guest = await guestRequest(await searchParams);
  return { title: guest.t.text("befragung.titel"), robots: { index: false } };
}

/** /befragung: the code from the poster, typed in by someone who did not scan the QR code. */
export default async function JoinSurveyPage({ searchParams }: PageProps<"/befragung">) {
  const guest = await guestRequest(await searchParams);
  return (
    <GuestFrame guest={guest} namespaces={["fehler"]}>
      <PageHeader title={guest.t("befragung.titel")} lead={guest.t("befragung.aushangEinladung")} />
      <JoinByCode
        join={joinSurveyAction}
        locale={guest.locale}
        formName={guest.t.text("befragung.titel")}
        label={guest.t.text("workshop.code")}
        hint={guest.t("workshop.codeHinweis")}
        submit={guest.t("workshop.teilnehmen")}
      />
    </GuestFrame>
  );
}
