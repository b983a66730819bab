import { AreaShell } from "@/components/layout/area-shell";
import { requireMembershipPage } from "@/lib/auth/guards";
import { ACCOUNT_ACTIONS } from "@/app/account-actions";

export default async function KommuneLayout({ children }: { children: React.ReactNode }) {
  const { user, membership } = await requireMembershipPage("/kommune");
  const links = [
    { href: "/kommune", label: "Übersicht" },
    { href: "/kommune/massnahmen", label: "Maßnahmen" },
    { href: "/kommune/befragungen", label: "Befragungen" },
    { href: "/kommune/indikatoren", label: "Indikatoren" },
    { href: "/kommune/team", label: "Team" },
    ...(membership.role === "owner" ? [{ href: "/kommune/einstellungen", label: "Einstellungen" }] : []),
  ];
  return (
    <AreaShell user={user} accountActions={ACCOUNT_ACTIONS} label="Bereich Kommune" links={links}>
      {children}
    </AreaShell>
  );
}
