import type { Metadata } from "next";
import { getDb } from "@/db";
import { TeamManager } from "@/components/team/team-manager";
import { PageHeader } from "@/components/ui/page-header";
import { requireMembershipPage } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { formatDate } from "@/lib/format";
import { listTeam } from "@/lib/services/team";

export const metadata: Metadata = { title: "Team" };

export default async function TeamPage() {
  const { user, membership } = await requireMembershipPage("/kommune/team");
  const { members, pending } = await listTeam(getDb(), user, membership.organisationId);
  return (
    <>
      <PageHeader eyebrow={membership.organisationName} title="Team" lead="Wer in Ihrer Kommune am Kurz-Check mitarbeitet." />
      <TeamManager
        currentUserId={user.id}
        canManage={can(user, "team.manage", membership.organisationId)}
        members={members.map((m) => ({ userId: m.userId, name: m.name, email: m.email, role: m.role, emailConfirmed: m.emailConfirmedAt !== null }))}
        pending={pending.map((p) => ({ id: p.id, email: p.email, role: p.role, expires: formatDate(p.expiresAt) }))}
      />
    </>
  );
}
