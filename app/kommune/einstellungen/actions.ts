"use server";

import { revalidatePath } from "next/cache";
import { getDb } from "@/db";
import { formAction } from "@/lib/actions/form-action";
import { requireActiveMembership } from "@/lib/auth/guards";
import { updateOrganisation } from "@/lib/services/team";
import { organisationFieldsSchema } from "@/lib/validation/accounts";

export const updateOrganisationAction = formAction({
  authorize: requireActiveMembership,
  schema: organisationFieldsSchema,
  run: async (input, { user, membership }) => {
    await updateOrganisation(getDb(), user, membership.organisationId, input);
    revalidatePath("/kommune", "layout");
    return { status: "success", message: "Die Angaben Ihrer Kommune sind gespeichert." };
  },
});
