import type { Metadata } from "next";
import { ProfileForms } from "@/components/account/profile-forms";
import { PageHeader } from "@/components/ui/page-header";
import { requireUserPage } from "@/lib/auth/guards";

export const metadata: Metadata = { title: "Ihr Konto" };

export default async function AccountPage({ searchParams }: PageProps<"/konto">) {
  const user = await requireUserPage("/konto");
  const passwordChanged = (await searchParams).hinweis === "passwort-geaendert";
  return (
    <>
      <PageHeader title="Ihr Konto" lead={`Angemeldet als ${user.email}${user.emailConfirmed ? "" : " (noch nicht bestätigt)"}.`} />
      {passwordChanged ? (
        <p role="status" className="max-w-xl rounded border-l-4 border-success-700 bg-success-100 p-3">
          Ihr Passwort ist geändert. Alle anderen Anmeldungen sind beendet.
        </p>
      ) : null}
      <ProfileForms name={user.name} email={user.email} />
    </>
  );
}
