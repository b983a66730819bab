import type { Metadata } from "next";
import { getDb } from "@/db";
import { TeamManager } from "@/components/team/team-manager";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { requireMembershipPage, kommunePageMetadata } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { formatDate } from "@/lib/format";
import { listTeam } from "@/lib/services/team";
import { changeMemberRoleAction, inviteMemberAction, removeMemberAction, revokeInvitationAction } from "@/app/kommune/team/actions";

export function generateMetadata(): Promise<Metadata> {
  return kommunePageMetadata("Team");
}

export default async function TeamPage({ searchParams }: PageProps<"/kommune/team">) {
  const { user, membership } = await requireMembershipPage("/kommune/team");
  const removed = (await searchParams).hinweis === "entfernt";
  const { members, pending } = await listTeam(getDb(), user, membership.organisationId);
  return (
    <>
      <PageHeader eyebrow={membership.organisationName} title="Team" lead="Wer in Ihrer Kommune am Kurz-Check mitarbeitet." />
      {removed ? (
        <Notice tone="success" announce>
          Die Person wurde aus dem Team entfernt. Sie hat keinen Zugang mehr zu den Kurz-Checks Ihrer Kommune.
        </Notice>
      ) : null}
      <TeamManager
        actions={{
          changeMemberRole: changeMemberRoleAction,
          inviteMember: inviteMemberAction,
          removeMember: removeMemberAction,
          revokeInvitation: revokeInvitationAction,
        }}
        // A fresh form state after each redirect, so no message of an earlier action lingers.
        key={removed ? "nach-entfernen" : "team"}
        currentUserId={user.id}
        canManage={can(user, "team.manage", membership.organisationId)}
        members={members.map((m) => ({ userId: m.userId, name: m.name, email: m.email, role: m.role, emailConfirmed: m.emailConfirmedAt !== null }))}
        pending={pending.map((p) => ({ id: p.id, email: p.email, role: p.role, expires: formatDate(p.expiresAt) }))}
      />
    </>
  );
}
