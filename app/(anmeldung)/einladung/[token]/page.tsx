import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db";
import { AcceptInvitationForm, AcceptInvitationNewUserForm } from "@/components/account/invitation-forms";
import { PageHeader } from "@/components/ui/page-header";
import { getCurrentUser } from "@/lib/auth/current-user";
import { findOpenInvitation, INVALID_INVITATION_MESSAGE, invitedAddressHasAccount } from "@/lib/services/invitations";
import { acceptInvitationAction, acceptInvitationNewUserAction } from "@/app/(anmeldung)/actions";

export const metadata: Metadata = { title: "Einladung annehmen", robots: { index: false } };

export default async function InvitationPage({ params }: PageProps<"/einladung/[token]">) {
  const { token } = await params;
  const db = getDb();
  const invitation = await findOpenInvitation(db, token);
  if (!invitation) {
    return (
      <>
        <PageHeader title="Einladung nicht gültig" />
        <p className="max-w-prose">{INVALID_INVITATION_MESSAGE}</p>
      </>
    );
  }
  const target = invitation.organisationName ?? (invitation.platformRole === "admin" ? "die Administration des Portals" : "die Beratung von NIKO");
  const user = await getCurrentUser();
  const here = `/einladung/${token}`;

  let body: React.ReactNode;
  if (user && user.email === invitation.email) {
    body = <AcceptInvitationForm acceptInvitation={acceptInvitationAction} token={token} />;
  } else if (user) {
    body = (
      <p className="max-w-prose">
        Sie sind mit einer anderen E-Mail-Adresse angemeldet. Die Einladung gilt für {invitation.email}. Bitte melden Sie sich ab und mit dieser Adresse wieder
        an.
      </p>
    );
  } else if (await invitedAddressHasAccount(db, invitation)) {
    body = (
      <p className="max-w-prose">
        Für {invitation.email} gibt es bereits ein Konto. <Link href={`/anmelden?weiter=${encodeURIComponent(here)}`}>Melden Sie sich an</Link>, um die
        Einladung anzunehmen.
      </p>
    );
  } else {
    body = <AcceptInvitationNewUserForm acceptInvitationNewUser={acceptInvitationNewUserAction} token={token} email={invitation.email} />;
  }

  return (
    <>
      <PageHeader title="Einladung annehmen" lead={`Sie wurden eingeladen, im Kurz-Check Integration mitzuarbeiten: ${target}.`} />
      {body}
    </>
  );
}
