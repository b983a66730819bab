import type { Metadata } from "next";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { SecondFactorForm } from "@/components/account/second-factor-form";
import { PageHeader } from "@/components/ui/page-header";
import { CHALLENGE_COOKIE, openChallenge } from "@/lib/auth/sign-in-tokens";
import { passkeySecondFactorAction, secondFactorAction } from "@/app/(anmeldung)/actions";
import { PasskeyConfirm } from "@/components/account/passkey-confirm";
import { getDb } from "@/db";
import { secondFactorChoices } from "@/lib/services/second-factor";

export const metadata: Metadata = { title: "Sicherheitscode eingeben", robots: { index: false } };

/** The second sign-in step; reachable only with the challenge cookie the password step sets. */
export default async function SecondFactorPage() {
  const challenge = await openChallenge((await cookies()).get(CHALLENGE_COOKIE)?.value);
  if (!challenge) redirect("/anmelden?hinweis=code-abgelaufen");
  const choices = await secondFactorChoices(getDb(), challenge.userId);
  return (
    <>
      <PageHeader
        title={choices.code ? "Sicherheitscode eingeben" : "Anmeldung bestätigen"}
        lead={
          choices.code
            ? "Ihr Passwort stimmt. Bitte bestätigen Sie die Anmeldung mit dem sechsstelligen Code aus Ihrer Authenticator-App."
            : "Ihr Passwort stimmt. Bitte bestätigen Sie die Anmeldung mit Ihrem Passkey."
        }
      />
      {choices.code ? <SecondFactorForm secondFactor={secondFactorAction} /> : null}
      {choices.passkey ? <PasskeyConfirm confirm={passkeySecondFactorAction} alone={!choices.code} /> : null}
    </>
  );
}
