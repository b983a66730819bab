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

export const metadata: Metadata = { title: "Ihr Konto" };

export default async function AccountPage({ searchParams }: PageProps<"/konto">) {
  const user = await requireUserPage("/konto");
  const passwordChanged = (await searchParams).hinweis === "passwort-geaendert";
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
    </>
  );
}
