"use server";

import { revalidatePath } from "next/cache";
import { getDb } from "@/db";
import { errorState } from "@/lib/actions/form-action";
import { requireActiveMembership } from "@/lib/auth/guards";
import { submitCheck } from "@/lib/services/checks";
import { checkIdSchema } from "@/lib/validation/check";

/** Submits the check; the Kommune comes from the session, the id is checked against it. */
export async function submitCheckAction(checkId: unknown): Promise<{ ok: true } | { ok: false; message: string }> {
  try {
    const { user, membership } = await requireActiveMembership();
    const { checkId: id } = checkIdSchema.parse({ checkId });
    await submitCheck(getDb(), user, membership.organisationId, id);
    revalidatePath("/kommune");
    return { ok: true };
  } catch (error) {
    return { ok: false, message: errorState(error).message ?? "Das Einreichen hat nicht geklappt." };
  }
}
