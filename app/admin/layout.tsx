import { AreaShell } from "@/components/layout/area-shell";
import { requireRolePage } from "@/lib/auth/guards";
import { ACCOUNT_ACTIONS } from "@/app/account-actions";

export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const user = await requireRolePage(["admin"], "/admin");
  return (
    <AreaShell
      user={user}
      accountActions={ACCOUNT_ACTIONS}
      label="Bereich Administration"
      links={[
        { href: "/admin", label: "Konten" },
        { href: "/admin/sprachen", label: "Sprachen" },
        { href: "/beratung", label: "Beratung" },
      ]}
    >
      {children}
    </AreaShell>
  );
}
