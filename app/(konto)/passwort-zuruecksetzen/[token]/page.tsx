import type { Metadata } from "next";
import { ResetPasswordForm } from "@/components/account/password-forms";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Neues Passwort festlegen", robots: { index: false } };

export default async function ResetPasswordPage({ params }: PageProps<"/passwort-zuruecksetzen/[token]">) {
  const { token } = await params;
  return (
    <>
      <PageHeader title="Neues Passwort festlegen" lead="Danach sind alle bisherigen Anmeldungen beendet, auch auf anderen Geräten." />
      <ResetPasswordForm token={token} />
    </>
  );
}
