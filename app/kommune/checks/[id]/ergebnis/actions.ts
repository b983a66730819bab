"use server";

import { revalidatePath } from "next/cache";
import { getDb } from "@/db";
import { formAction } from "@/lib/actions/form-action";
import { requireActiveMembership } from "@/lib/auth/guards";
import { addThreadMessage } from "@/lib/services/reviews";
import { threadReplySchema } from "@/lib/validation/review";

/** A reply of the Kommune in the thread of an item; the check must belong to the signed-in member's Kommune. */
export const kommuneReplyAction = formAction({
  authorize: requireActiveMembership,
  schema: threadReplySchema,
  run: async ({ checkId, itemKey, body }, { user, membership }) => {
    await addThreadMessage(getDb(), user, { kommune: membership.organisationId }, checkId, itemKey, body);
    revalidatePath(`/kommune/checks/${checkId}/ergebnis`);
    return { status: "success", message: "Ihre Antwort ist gespeichert; die Beratung sieht sie sofort." };
  },
});
