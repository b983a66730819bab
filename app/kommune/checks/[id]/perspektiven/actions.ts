"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getDb } from "@/db";
import { formAction } from "@/lib/actions/form-action";
import { requireActiveMembership } from "@/lib/auth/guards";
import { endWorkshop, inviteRespondent, startWorkshop, withdrawRespondent } from "@/lib/services/perspectives";
import { inviteRespondentSchema, respondentIdSchema, workshopCheckSchema, workshopIdSchema } from "@/lib/validation/perspectives";
import { z } from "@/lib/validation/zod";

// The Kommune always comes from the session's membership; ids are checked against it in the services.

export const inviteRespondentAction = formAction({
  authorize: requireActiveMembership,
  schema: inviteRespondentSchema,
  run: async ({ checkId, label, email, perspective }, { user, membership }) => {
    await inviteRespondent(getDb(), user, membership.organisationId, checkId, { label, email, perspective }, membership.organisationName);
    revalidatePath(`/kommune/checks/${checkId}/perspektiven`);
    return { status: "success", message: `Die Einladung an ${email} ist verschickt.` };
  },
});

export const withdrawRespondentAction = formAction({
  authorize: requireActiveMembership,
  schema: respondentIdSchema.extend({ checkId: z.uuid() }),
  run: async ({ respondentId, checkId }, { user, membership }) => {
    await withdrawRespondent(getDb(), user, membership.organisationId, respondentId);
    revalidatePath(`/kommune/checks/${checkId}/perspektiven`);
    return { status: "success", message: "Die Einladung ist zurückgezogen; der Link gilt nicht mehr." };
  },
});

export const startWorkshopAction = formAction({
  authorize: requireActiveMembership,
  schema: workshopCheckSchema,
  run: async ({ checkId }, { user, membership }) => {
    const workshop = await startWorkshop(getDb(), user, membership.organisationId, checkId);
    redirect(`/kommune/checks/${checkId}/perspektiven/workshop/${workshop.id}`);
  },
});

export const endWorkshopAction = formAction({
  authorize: requireActiveMembership,
  schema: workshopIdSchema.extend({ checkId: z.uuid() }),
  run: async ({ workshopId, checkId }, { user, membership }) => {
    await endWorkshop(getDb(), user, membership.organisationId, workshopId);
    revalidatePath(`/kommune/checks/${checkId}/perspektiven/workshop/${workshopId}`);
    redirect(`/kommune/checks/${checkId}/perspektiven/workshop/${workshopId}`);
  },
});
