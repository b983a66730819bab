"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getDb } from "@/db";
import { formAction } from "@/lib/actions/form-action";
import { pageData, requireActiveMembership, requireUser } from "@/lib/auth/guards";
import { startOrOpenDraft } from "@/lib/services/checks";
import { chooseActiveOrganisation } from "@/lib/services/browser-sessions";
import { chooseKommuneSchema } from "@/lib/validation/team";

/** "Kurz-Check beginnen": opens the open draft or starts a new round, from last round's answers if the box is ticked. */
export async function startCheckAction(formData: FormData): Promise<void> {
  const { user, membership } = await pageData(requireActiveMembership(), "/kommune");
  const carryOver = formData instanceof FormData && formData.get("uebernehmen") === "ja";
  const checkId = await startOrOpenDraft(getDb(), user, membership.organisationId, { carryOver });
  redirect(`/kommune/checks/${checkId}`);
}

/** The Kommune switcher (people in several Kommunen): the choice holds for this browser session. */
export const chooseKommuneAction = formAction({
  authorize: () => requireUser(),
  schema: chooseKommuneSchema,
  run: async ({ organisationId }, user) => {
    await chooseActiveOrganisation(getDb(), user, organisationId);
    revalidatePath("/", "layout");
    redirect("/kommune");
  },
});
