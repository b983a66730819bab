import type { Metadata } from "next";
import { RegistrationForm } from "@/components/account/registration-form";
import { PageHeader } from "@/components/ui/page-header";
import { registerAction } from "@/app/(anmeldung)/actions";

export const metadata: Metadata = {
  title: "Kommune registrieren",
  description: "Registrieren Sie Ihre Gemeinde, Ihren Markt, Ihre Stadt oder Ihren Landkreis für den Kurz-Check Integration.",
};

export default function RegistrationPage() {
  return (
    <>
      <PageHeader
        title="Kommune registrieren"
        lead="Mit einem Konto führen Sie den Kurz-Check im Team, reichen ihn zur Rückmeldung ein und vergleichen Ihre Ergebnisse über die Jahre."
      />
      <RegistrationForm register={registerAction} />
    </>
  );
}
