import Link from "next/link";
import type { CurrentUser } from "@/lib/auth/signed-in-user";
import type { AccountActions } from "./account-actions";
import { AccountMenu } from "./account-menu";
import { PageShell } from "./page-shell";
import { SessionKeeper } from "./session-keeper";

/** The frame of a signed-in area: account menu, the area's own navigation, idle-timeout keeper. */
export function AreaShell({
  user,
  accountActions,
  label,
  links,
  children,
}: {
  user: CurrentUser;
  accountActions: AccountActions;
  label: string;
  links: readonly { href: string; label: string }[];
  children: React.ReactNode;
}) {
  return (
    <PageShell accountSlot={<AccountMenu user={user} actions={accountActions} />}>
      <nav aria-label={label} className="no-print -mt-4 mb-8 border-b border-line">
        <ul className="flex flex-wrap gap-x-6">
          {links.map((link) => (
            <li key={link.href}>
              <Link href={link.href} className="inline-block py-2 font-semibold">
                {link.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {children}
      <SessionKeeper />
    </PageShell>
  );
}
