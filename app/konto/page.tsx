import type { Metadata } from "next";
import { ProfileForms } from "@/components/account/profile-forms";
import { PageHeader } from "@/components/ui/page-header";
import { requireUserPage } from "@/lib/auth/guards";

export const metadata: Metadata = { title: "Ihr Konto" };

export default async function AccountPage() {
  const user = await requireUserPage("/konto");
  return (
    <>
      <PageHeader title="Ihr Konto" lead={`Angemeldet als ${user.email}${user.emailConfirmed ? "" : " (noch nicht bestätigt)"}.`} />
      <ProfileForms name={user.name} email={user.email} />
    </>
  );
}
