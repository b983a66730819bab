import type { Metadata } from "next";
import { getDb } from "@/db";
import { ResetPasswordForm } from "@/components/account/password-forms";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { INVALID_LINK_MESSAGE, passwordResetLinkIsOpen } from "@/lib/services/accounts";
import { resetPasswordAction } from "@/app/(anmeldung)/actions";

export const metadata: Metadata = { title: "Neues Passwort festlegen", robots: { index: false } };

export default async function ResetPasswordPage({ params }: PageProps<"/passwort-zuruecksetzen/[token]">) {
  const { token } = await params;
  // A used or expired link says so at once, instead of a form that can only fail.
  if (!(await passwordResetLinkIsOpen(getDb(), token))) {
    return (
      <>
        <PageHeader title="Link nicht mehr gültig" />
        <p className="max-w-prose">{INVALID_LINK_MESSAGE}</p>
        <p className="mt-4">
          <ButtonLink href="/passwort-vergessen">Neuen Link anfordern</ButtonLink>
        </p>
      </>
    );
  }
  return (
    <>
      <PageHeader title="Neues Passwort festlegen" lead="Danach sind alle bisherigen Anmeldungen beendet, auch auf anderen Geräten." />
      <ResetPasswordForm resetPassword={resetPasswordAction} token={token} />
    </>
  );
}
