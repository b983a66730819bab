"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getDb } from "@/db";
import { formAction } from "@/lib/actions/form-action";
import { requireActiveMembership } from "@/lib/auth/guards";
import { changeMemberRole, inviteMember, removeMember, revokeInvitation } from "@/lib/services/team";
import { changeMemberRoleSchema, invitationIdSchema, inviteMemberSchema, memberSchema } from "@/lib/validation/team";

// The Kommune always comes from the session's membership, never from the form.

export const inviteMemberAction = formAction({
  authorize: requireActiveMembership,
  schema: inviteMemberSchema,
  run: async ({ email, role }, { user, membership }) => {
    await inviteMember(getDb(), user, membership.organisationId, email, role);
    revalidatePath("/kommune/team");
    return { status: "success", message: `Die Einladung an ${email} ist verschickt. Sie ist 7 Tage gültig.` };
  },
});

export const changeMemberRoleAction = formAction({
  authorize: requireActiveMembership,
  schema: changeMemberRoleSchema,
  run: async ({ userId, role }, { user, membership }) => {
    await changeMemberRole(getDb(), user, membership.organisationId, userId, role);
    revalidatePath("/kommune/team");
    return { status: "success", message: "Die Rolle wurde geändert." };
  },
});

export const removeMemberAction = formAction({
  authorize: requireActiveMembership,
  schema: memberSchema,
  run: async ({ userId }, { user, membership }) => {
    await removeMember(getDb(), user, membership.organisationId, userId);
    revalidatePath("/kommune/team");
    // The person's row is gone, and with it the row's own message: the page says what happened.
    redirect("/kommune/team?hinweis=entfernt");
  },
});

export const revokeInvitationAction = formAction({
  authorize: requireActiveMembership,
  schema: invitationIdSchema,
  run: async ({ invitationId }, { user, membership }) => {
    await revokeInvitation(getDb(), user, membership.organisationId, invitationId);
    revalidatePath("/kommune/team");
    return { status: "success", message: "Die Einladung wurde zurückgezogen." };
  },
});
