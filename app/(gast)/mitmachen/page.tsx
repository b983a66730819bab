import type { Metadata } from "next";
import { JoinWorkshop } from "@/components/perspectives/join-workshop";
import { PageHeader } from "@/components/ui/page-header";
import { joinWorkshopAction } from "@/app/(gast)/actions";

export const metadata: Metadata = { title: "Am Workshop teilnehmen", robots: { index: false } };

export default function JoinPage() {
  return (
    <>
      <PageHeader
        title="Am Workshop teilnehmen"
        lead="Geben Sie den Teilnahmecode ein, der an der Leinwand steht. Sie brauchen kein Konto; Ihre Antworten werden ohne Namen gespeichert."
      />
      <JoinWorkshop joinWorkshop={joinWorkshopAction} />
    </>
  );
}
