import type { Metadata } from "next";
import { getDb } from "@/db";
import { UserAdmin } from "@/components/admin/user-admin";
import { PageHeader } from "@/components/ui/page-header";
import { requireRolePage } from "@/lib/auth/guards";
import { formatDate } from "@/lib/format";
import { listUsers, pendingStaffInvitations } from "@/lib/services/users";
import { PLATFORM_ROLE_LABELS } from "@/lib/format";

export const metadata: Metadata = { title: "Administration" };

export default async function AdminPage() {
  const admin = await requireRolePage(["admin"], "/admin");
  const db = getDb();
  const [users, pending] = await Promise.all([listUsers(db), pendingStaffInvitations(db)]);
  return (
    <>
      <PageHeader eyebrow="Administration" title="Konten und Rollen" lead="Rollen ändern, Konten deaktivieren und neue Berater*innen einladen." />
      <UserAdmin
        currentUserId={admin.id}
        users={users.map((u) => ({ id: u.id, name: u.name, email: u.email, role: u.role, disabled: u.disabled, emailConfirmed: u.emailConfirmedAt !== null, secondFactor: u.totpEnabledAt !== null, lastSignIn: formatDate(u.lastSignInAt) }))}
        pending={pending.map((p) => ({ email: p.email, role: p.role ? PLATFORM_ROLE_LABELS[p.role] : "", expires: formatDate(p.expiresAt) }))}
      />
    </>
  );
}
