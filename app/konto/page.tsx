import type { Metadata } from "next";
import { ProfileForms } from "@/components/account/profile-forms";
import { PageHeader } from "@/components/ui/page-header";
import { requireUserPage } from "@/lib/auth/guards";
import { Notice } from "@/components/ui/notice";
import {
  changeEmailAction,
  changePasswordAction,
  deleteAccountAction,
  setMeasureRemindersAction,
  signOutEverywhereAction,
  updateNameAction,
} from "@/app/konto/actions";
import { chooseKommuneAction } from "@/app/kommune/actions";
import { addPasskeyAction, removePasskeyAction, renamePasskeyAction } from "@/app/konto/passkey-actions";
import { PasskeySettings } from "@/components/account/passkey-settings";
import { getDb } from "@/db";
import { formatDate } from "@/lib/format";
import { passkeysOf } from "@/lib/services/passkeys";

export const metadata: Metadata = { title: "Ihr Konto" };

export default async function AccountPage({ searchParams }: PageProps<"/konto">) {
  const user = await requireUserPage("/konto");
  const hinweis = (await searchParams).hinweis;
  const passwordChanged = hinweis === "passwort-geaendert";
  const passkeys = await passkeysOf(getDb(), user);
  return (
    <>
      <PageHeader title="Ihr Konto" lead={`Angemeldet als ${user.email}${user.emailConfirmed ? "" : " (noch nicht bestätigt)"}.`} />
      {passwordChanged ? (
        <Notice tone="success" announce>
          Ihr Passwort ist geändert. Alle anderen Anmeldungen sind beendet.
        </Notice>
      ) : null}
      <ProfileForms
        actions={{
          changeEmail: changeEmailAction,
          changePassword: changePasswordAction,
          deleteAccount: deleteAccountAction,
          setMeasureReminders: setMeasureRemindersAction,
          signOutEverywhere: signOutEverywhereAction,
          updateName: updateNameAction,
          chooseKommune: chooseKommuneAction,
        }}
        name={user.name}
        email={user.email}
        secondFactorEnabled={user.secondFactorEnabled}
        memberships={user.memberships}
        measureReminders={user.measureReminders}
      />
      <PasskeySettings
        removed={hinweis === "passkey-entfernt"}
        passkeys={passkeys.map((passkey) => ({
          id: passkey.id,
          name: passkey.name,
          created: formatDate(passkey.createdAt),
          lastUsed: passkey.lastUsedAt ? formatDate(passkey.lastUsedAt) : "noch nie",
          synced: passkey.synced,
        }))}
        actions={{ addPasskey: addPasskeyAction, renamePasskey: renamePasskeyAction, removePasskey: removePasskeyAction }}
      />
    </>
  );
}
