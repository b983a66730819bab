import type { Metadata } from "next";
import { RequestResetForm } from "@/components/account/password-forms";
import { PageHeader } from "@/components/ui/page-header";
import { requestPasswordResetAction } from "@/app/(anmeldung)/actions";

export const metadata: Metadata = { title: "Passwort vergessen", description: "Fordern Sie einen Link an, um Ihr Passwort neu festzulegen." };

export default function ForgotPasswordPage() {
  return (
    <>
      <PageHeader
        title="Passwort vergessen"
        lead="Geben Sie Ihre E-Mail-Adresse ein. Wir schicken Ihnen einen Link, mit dem Sie ein neues Passwort festlegen."
      />
      <RequestResetForm requestPasswordReset={requestPasswordResetAction} />
    </>
  );
}
