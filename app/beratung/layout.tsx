import { AreaShell } from "@/components/layout/area-shell";
import { requireRolePage } from "@/lib/auth/guards";

export default async function AdvisorLayout({ children }: { children: React.ReactNode }) {
  const user = await requireRolePage(["advisor", "admin"], "/beratung");
  return (
    <AreaShell user={user} label="Bereich Beratung" links={[
        { href: "/beratung", label: "Übersicht" },
        { href: "/beratung/kommunen", label: "Kommunen" },
        { href: "/beratung/auswertung", label: "Auswertung" },
      ]}>
      {children}
    </AreaShell>
  );
}
