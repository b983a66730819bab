import type { Metadata } from "next";
import { SignInForm } from "@/components/account/sign-in-form";
import { PageHeader } from "@/components/ui/page-header";
import { safeReturnPath } from "@/lib/auth/return-path";
import { Notice } from "@/components/ui/notice";

export const metadata: Metadata = { title: "Anmelden", description: "Melden Sie sich beim Kurz-Check Integration an." };

const NOTICES: Record<string, string> = {
  abgelaufen: "Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an; bereits gespeicherte Angaben bleiben erhalten.",
  "passwort-geaendert": "Ihr Passwort wurde geändert. Bitte melden Sie sich mit dem neuen Passwort an.",
};

export default async function SignInPage({ searchParams }: PageProps<"/anmelden">) {
  const params = await searchParams;
  const notice = NOTICES[String(params.hinweis ?? "")];
  const returnTo = safeReturnPath(typeof params.weiter === "string" ? params.weiter : null) ?? undefined;
  return (
    <>
      <PageHeader title="Anmelden" lead="Für Kommunen, die ihren Kurz-Check im Portal führen, und für die Berater*innen von NIKO." />
      {notice ? (
        <Notice announce>{notice}</Notice>
      ) : null}
      <SignInForm returnTo={returnTo} />
    </>
  );
}
