import type { Metadata } from "next";
import { SignInForm } from "@/components/account/sign-in-form";
import { PageHeader } from "@/components/ui/page-header";
import { safeReturnPath } from "@/lib/auth/return-path";
import { Notice } from "@/components/ui/notice";
import { passkeySignInAction, signInAction } from "@/app/(anmeldung)/actions";
import { PasskeySignIn } from "@/components/account/passkey-sign-in";

export const metadata: Metadata = { title: "Anmelden", description: "Melden Sie sich beim Kurz-Check Integration an." };

const NOTICES: Record<string, string> = {
  abgelaufen: "Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an; bereits gespeicherte Angaben bleiben erhalten.",
  "passwort-geaendert": "Ihr Passwort wurde geändert. Bitte melden Sie sich mit dem neuen Passwort an.",
  registriert:
    "Vielen Dank für Ihre Registrierung. Wir haben Ihnen eine E-Mail geschickt. Melden Sie sich jetzt mit Ihrer E-Mail-Adresse und Ihrem Passwort an; den Link in der E-Mail können Sie auch später bestätigen.",
  "code-abgelaufen": "Die Anmeldung hat zu lange gedauert. Bitte geben Sie E-Mail-Adresse und Passwort erneut ein.",
  "ueberall-abgemeldet": "Sie sind jetzt auf allen Geräten abgemeldet.",
};

export default async function SignInPage({ searchParams }: PageProps<"/anmelden">) {
  const params = await searchParams;
  const notice = NOTICES[String(params.hinweis ?? "")];
  const returnTo = safeReturnPath(typeof params.weiter === "string" ? params.weiter : null) ?? undefined;
  const email = typeof params.email === "string" && params.email.length <= 254 ? params.email : undefined;
  return (
    <>
      <PageHeader title="Anmelden" lead="Für Kommunen, die ihren Kurz-Check im Portal führen, und für die Berater*innen von NIKO." />
      {notice ? <Notice announce>{notice}</Notice> : null}
      <SignInForm signIn={signInAction} returnTo={returnTo} email={email} />
      <PasskeySignIn signIn={passkeySignInAction} returnTo={returnTo} />
    </>
  );
}
