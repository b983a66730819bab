import type { Metadata } from "next";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { SecondFactorForm } from "@/components/account/second-factor-form";
import { PageHeader } from "@/components/ui/page-header";
import { CHALLENGE_COOKIE, openChallenge } from "@/lib/auth/sign-in-tokens";
import { secondFactorAction } from "@/app/(anmeldung)/actions";

export const metadata: Metadata = { title: "Sicherheitscode eingeben", robots: { index: false } };

/** The second sign-in step; reachable only with the challenge cookie the password step sets. */
export default async function SecondFactorPage() {
  const challenge = await openChallenge((await cookies()).get(CHALLENGE_COOKIE)?.value);
  if (!challenge) redirect("/anmelden?hinweis=code-abgelaufen");
  return (
    <>
      <PageHeader
        title="Sicherheitscode eingeben"
        lead="Ihr Passwort stimmt. Bitte bestätigen Sie die Anmeldung mit dem sechsstelligen Code aus Ihrer Authenticator-App."
      />
      <SecondFactorForm secondFactor={secondFactorAction} />
    </>
  );
}
