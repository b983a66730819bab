import type { Metadata } from "next";
import { GuestFrame } from "@/components/i18n/guest-frame";
import { JoinWorkshop } from "@/components/perspectives/join-workshop";
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
      <JoinWorkshop joinWorkshop={joinWorkshopAction} locale={guest.locale} />
    </GuestFrame>
  );
}
