import Link from "next/link";
import type { CurrentUser } from "@/lib/auth/signed-in-user";
import { homeFor } from "@/lib/auth/home";
import { KommuneSwitcher } from "./kommune-switcher";
import { SignOutButton } from "./sign-out-button";
import type { AccountActions } from "./account-actions";

const ROLE_LABELS = { member: "Kommune", advisor: "Beratung", admin: "Administration" } as const;

/** Who is signed in, the way to their area and "Abmelden"; rendered on the server in the signed-in areas. */
export function AccountMenu({ user, actions }: { user: CurrentUser; actions: AccountActions }) {
  const organisation = user.memberships[0]?.organisationName;
  return (
    <div className="flex flex-wrap items-center gap-3">
      <p className="text-sm">
        <span className="block font-semibold">{user.name}</span>
        <span className="block text-muted">{organisation ?? ROLE_LABELS[user.role]}</span>
      </p>
      <KommuneSwitcher chooseKommune={actions.chooseKommune} memberships={user.memberships} idPrefix="kopf" />
      <Link href={homeFor(user)} className="font-semibold">
        Mein Bereich
      </Link>
      <Link href="/konto">Konto</Link>
      <SignOutButton signOut={actions.signOut} />
    </div>
  );
}
