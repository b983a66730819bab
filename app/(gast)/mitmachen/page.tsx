import type { Metadata } from "next";
import { JoinByCode } from "@/components/guests/join-by-code";
import { GuestFrame } from "@/components/i18n/guest-frame";
import { PageHeader } from "@/components/ui/page-header";
import { guestRequest } from "@/lib/i18n/guest-request";
import { joinWorkshopAction } from "@/app/(gast)/actions";

export async function generateMetadata({ searchParams }: PageProps<"/mitmachen">): Promise<Metadata> {
  const guest = await guestRequest(await searchParams);
  return { title: guest.t.text("workshop.beitretenTitel"), robots: { index: false } };
}

/** /mitmachen: the code from the projector, in the guest's language. */
export default async function JoinPage({ searchParams }: PageProps<"/mitmachen">) {
  const guest = await guestRequest(await searchParams);
  return (
    <GuestFrame guest={guest} namespaces={["workshop", "fehler", "fragebogen"]}>
      <PageHeader title={guest.t("workshop.beitretenTitel")} lead={guest.t("workshop.beitretenLead")} />
      <JoinByCode
        join={joinWorkshopAction}
        locale={guest.locale}
        formName={guest.t.text("workshop.teilnehmen")}
        label={guest.t.text("workshop.code")}
        hint={guest.t("workshop.codeHinweis")}
        submit={guest.t("workshop.teilnehmen")}
      />
    </GuestFrame>
  );
}
