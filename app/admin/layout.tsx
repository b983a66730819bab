import { AreaShell } from "@/components/layout/area-shell";
import { requireRolePage } from "@/lib/auth/guards";

export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const user = await requireRolePage(["admin"], "/admin");
  return (
    <AreaShell user={user} label="Bereich Administration" links={[{ href: "/admin", label: "Konten" }, { href: "/beratung", label: "Beratung" }]}>
      {children}
    </AreaShell>
  );
}
