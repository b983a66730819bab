import Link from "next/link";
import type { CurrentUser } from "@/lib/auth/current-user";
import { homeFor } from "@/lib/auth/guards";
import { KommuneSwitcher } from "./kommune-switcher";
import { SignOutButton } from "./sign-out-button";

const ROLE_LABELS = { member: "Kommune", advisor: "Beratung", admin: "Administration" } as const;

/** Who is signed in, the way to their area and "Abmelden"; rendered on the server in the signed-in areas. */
export function AccountMenu({ user }: { user: CurrentUser }) {
  const organisation = user.memberships[0]?.organisationName;
  return (
    <div className="flex flex-wrap items-center gap-3">
      <p className="text-sm">
        <span className="block font-semibold">{user.name}</span>
        <span className="block text-muted">{organisation ?? ROLE_LABELS[user.role]}</span>
      </p>
      <KommuneSwitcher memberships={user.memberships} idPrefix="kopf" />
      <Link href={homeFor(user)} className="font-semibold">
        Mein Bereich
      </Link>
      <Link href="/konto">Konto</Link>
      <SignOutButton />
    </div>
  );
}
