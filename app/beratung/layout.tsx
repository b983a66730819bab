import { AreaShell } from "@/components/layout/area-shell";
import { requireRolePage } from "@/lib/auth/guards";
import { ACCOUNT_ACTIONS } from "@/app/account-actions";

export default async function AdvisorLayout({ children }: { children: React.ReactNode }) {
  const user = await requireRolePage(["advisor", "admin"], "/beratung");
  return (
    <AreaShell
      user={user}
      accountActions={ACCOUNT_ACTIONS}
      label="Bereich Beratung"
      links={[
        { href: "/beratung", label: "Übersicht" },
        { href: "/beratung/kommunen", label: "Kommunen" },
        { href: "/beratung/auswertung", label: "Auswertung" },
      ]}
    >
      {children}
    </AreaShell>
  );
}
