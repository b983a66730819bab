"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getDb } from "@/db";
import { formAction } from "@/lib/actions/form-action";
import { requireActiveMembership } from "@/lib/auth/guards";
import { addProgressNote, createMeasure, updateMeasure } from "@/lib/services/measures";
import { renewCalendarFeed } from "@/lib/services/measure-exports";
import { measureFormSchema, measureNoteSchema, updateMeasureSchema } from "@/lib/validation/measures";
import { z } from "@/lib/validation/zod";

// The Kommune always comes from the session's membership, never from the form.

export const createMeasureAction = formAction({
  authorize: requireActiveMembership,
  schema: measureFormSchema,
  run: async (input, { user, membership }) => {
    const saved = await createMeasure(getDb(), user, membership.organisationId, input);
    revalidatePath("/kommune/massnahmen");
    redirect(`/kommune/massnahmen/${saved.id}?hinweis=${saved.warning ? "gespeichert-ueberfaellig" : "gespeichert"}`);
  },
});

export const updateMeasureAction = formAction({
  authorize: requireActiveMembership,
  schema: updateMeasureSchema,
  run: async ({ measureId, version, ...input }, { user, membership }) => {
    const saved = await updateMeasure(getDb(), user, membership.organisationId, measureId, version, input);
    revalidatePath("/kommune/massnahmen");
    redirect(`/kommune/massnahmen/${saved.id}?hinweis=${saved.warning ? "gespeichert-ueberfaellig" : "gespeichert"}`);
  },
});

export const addProgressNoteAction = formAction({
  authorize: requireActiveMembership,
  schema: measureNoteSchema,
  run: async ({ measureId, body }, { user, membership }) => {
    await addProgressNote(getDb(), user, membership.organisationId, measureId, body);
    revalidatePath(`/kommune/massnahmen/${measureId}`);
    return { status: "success", message: "Ihr Eintrag ist gespeichert." };
  },
});

/** A new secret address for the calendar feed; the old one stops working. */
export const renewCalendarFeedAction = formAction({
  authorize: requireActiveMembership,
  schema: z.object({}),
  run: async (_input, { user, membership }) => {
    const address = await renewCalendarFeed(getDb(), user, membership.organisationId);
    return {
      status: "success",
      message: `Ihre Kalenderadresse: ${address} – tragen Sie sie in Outlook unter „Kalender hinzufügen“ ein. Frühere Adressen gelten nicht mehr.`,
    };
  },
});
