import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db";
import { SecondFactorSettings } from "@/components/account/second-factor-settings";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { STAFF_ROLES } from "@/lib/auth/signed-in-user";
import { requireUserPage } from "@/lib/auth/guards";
import { formatSecretForTyping, totpUri } from "@/lib/auth/totp";
import { qrDataUri } from "@/lib/qr";
import { pendingSecondFactorSecret, unusedRecoveryCodes } from "@/lib/services/second-factor";
import { beginSecondFactorSetupAction, confirmSecondFactorSetupAction, disableSecondFactorAction } from "@/app/konto/actions";
import { addPasskeyAction } from "@/app/konto/passkey-actions";
import { AddPasskeyForm } from "@/components/account/passkey-settings";

export const metadata: Metadata = { title: "Anmeldung mit zweitem Faktor" };

export default async function SecondFactorSetupPage({ searchParams }: PageProps<"/konto/zwei-faktor">) {
  const user = await requireUserPage("/konto/zwei-faktor", { secondFactorSetup: true });
  const hinweis = (await searchParams).hinweis;
  const db = getDb();
  const isStaff = STAFF_ROLES.includes(user.role);
  const pending = user.secondFactorEnabled ? null : await pendingSecondFactorSecret(db, user.id);
  const qr = pending ? await qrDataUri(totpUri(pending, user.email)) : null;
  const remaining = user.secondFactorEnabled ? await unusedRecoveryCodes(db, user.id) : 0;
  return (
    <>
      <PageHeader
        title="Anmeldung mit zweitem Faktor"
        lead="Zusätzlich zum Passwort fragt das Portal bei der Anmeldung einen Code ab, den Ihre Authenticator-App alle 30 Sekunden neu erzeugt. Wer nur Ihr Passwort kennt, kommt so nicht in Ihr Konto."
      />
      {user.mustSetUpSecondFactor ? (
        <Notice tone="warning">
          Für Konten der Beratung und der Administration ist der zweite Faktor vorgeschrieben, weil sie die Angaben aller Kommunen sehen. Bitte richten Sie ihn
          jetzt ein; erst danach stehen Ihnen die übrigen Seiten offen.
        </Notice>
      ) : null}
      {hinweis === "wiederherstellungscode" ? (
        <Notice tone="warning" announce>
          Sie haben sich mit einem Wiederherstellungscode angemeldet; er ist jetzt verbraucht. Ihnen bleiben {remaining} Codes.
        </Notice>
      ) : null}
      <SecondFactorSettings
        actions={{
          beginSecondFactorSetup: beginSecondFactorSetupAction,
          confirmSecondFactorSetup: confirmSecondFactorSetupAction,
          disableSecondFactor: disableSecondFactorAction,
        }}
        status={user.secondFactorEnabled ? "enabled" : pending ? "pending" : "none"}
        qrCode={qr}
        secret={pending ? formatSecretForTyping(pending) : null}
        mayDisable={!isStaff}
        remainingRecoveryCodes={remaining}
      />
      {isStaff && !user.secondFactorEnabled ? (
        <section aria-labelledby="passkey-statt-app" className="mt-10 max-w-xl">
          <h2 id="passkey-statt-app" className="text-2xl font-bold text-brand-900">
            Statt der App: ein Passkey
          </h2>
          <p className="mt-2">
            Ein Passkey auf Ihrem Smartphone, Laptop oder Sicherheitsschlüssel zählt ebenfalls als zweiter Faktor. Sie melden sich dann mit „Mit Passkey
            anmelden“ an, oder nach dem Passwort mit „Mit Passkey bestätigen“.
          </p>
          {user.hasPasskey ? (
            <p className="mt-2 font-semibold">
              Ein Passkey ist eingerichtet und zählt als Ihr zweiter Faktor. Weitere Passkeys verwalten Sie unter <Link href="/konto#passkeys">Konto</Link>.
            </p>
          ) : null}
          <AddPasskeyForm addPasskey={addPasskeyAction} />
        </section>
      ) : null}
    </>
  );
}
