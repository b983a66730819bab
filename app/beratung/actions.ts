"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getDb } from "@/db";
import { formAction } from "@/lib/actions/form-action";
import { requireRole } from "@/lib/auth/guards";
import { addAdvisorComment, releaseAdvisorComments } from "@/lib/services/measures";
import { endWorkshop, startWorkshop } from "@/lib/services/perspectives";
import { addThreadMessage, releaseFeedback, returnToKommune, saveDraftComments, startReview } from "@/lib/services/reviews";
import { assignAdvisor, decideRegistration } from "@/lib/services/verification";
import { checkIdSchema } from "@/lib/validation/check";
import { measureNoteSchema } from "@/lib/validation/measures";
import { workshopCheckSchema, workshopIdSchema } from "@/lib/validation/perspectives";
import { z } from "@/lib/validation/zod";
import { assignAdvisorSchema, registrationDecisionSchema, returnCheckSchema, reviewCommentsSchema, threadReplySchema } from "@/lib/validation/review";

const requireAdvisor = () => requireRole(["advisor", "admin"]);

export const startReviewAction = formAction({
  authorize: requireAdvisor,
  schema: checkIdSchema,
  run: async ({ checkId }, advisor) => {
    await startReview(getDb(), advisor, checkId);
    revalidatePath("/beratung", "layout");
    redirect(`/beratung/checks/${checkId}`);
  },
});

export const saveDraftCommentsAction = formAction({
  authorize: requireAdvisor,
  schema: reviewCommentsSchema,
  run: async ({ checkId, drafts }, advisor) => {
    await saveDraftComments(getDb(), advisor, checkId, drafts);
    revalidatePath(`/beratung/checks/${checkId}`);
    return { status: "success", message: "Entwurf gespeichert. Die Kommune sieht die Kommentare erst nach der Freigabe." };
  },
});

export const releaseFeedbackAction = formAction({
  authorize: requireAdvisor,
  schema: reviewCommentsSchema,
  run: async ({ checkId, drafts }, advisor) => {
    await releaseFeedback(getDb(), advisor, checkId, drafts);
    revalidatePath("/beratung", "layout");
    redirect(`/beratung/checks/${checkId}?hinweis=freigegeben`);
  },
});

export const returnCheckAction = formAction({
  authorize: requireAdvisor,
  schema: returnCheckSchema,
  run: async ({ checkId, reason }, advisor) => {
    await returnToKommune(getDb(), advisor, checkId, reason);
    revalidatePath("/beratung", "layout");
    redirect("/beratung?hinweis=zurueckgegeben");
  },
});

export const advisorReplyAction = formAction({
  authorize: requireAdvisor,
  schema: threadReplySchema,
  run: async ({ checkId, itemKey, body }, advisor) => {
    await addThreadMessage(getDb(), advisor, "beratung", checkId, itemKey, body);
    revalidatePath(`/beratung/checks/${checkId}`);
    return { status: "success", message: "Ihre Antwort ist gespeichert und für die Kommune sichtbar." };
  },
});

export const decideRegistrationAction = formAction({
  authorize: requireAdvisor,
  schema: registrationDecisionSchema,
  run: async (input, advisor) => {
    await decideRegistration(
      getDb(),
      advisor,
      input.organisationId,
      input.decision === "bestaetigen" ? { verified: true } : { verified: false, reason: input.reason },
    );
    revalidatePath("/beratung", "layout");
    return {
      status: "success",
      message: input.decision === "bestaetigen" ? "Die Registrierung ist bestätigt." : "Die Registrierung ist abgelehnt; die Kommune wurde informiert.",
    };
  },
});

export const assignAdvisorAction = formAction({
  authorize: requireAdvisor,
  schema: assignAdvisorSchema,
  run: async ({ organisationId, advisorId }, advisor) => {
    await assignAdvisor(getDb(), advisor, organisationId, advisorId);
    revalidatePath(`/beratung/kommunen/${organisationId}`);
    return { status: "success", message: "Die Zuständigkeit ist gespeichert." };
  },
});

const organisationId = z.uuid({ error: "Unbekannte Kommune." });

/** An advisor's comment on a measure: a draft until the plan's comments are released. */
export const advisorMeasureCommentAction = formAction({
  authorize: requireAdvisor,
  schema: measureNoteSchema.extend({ organisationId }),
  run: async ({ organisationId, measureId, body }, advisor) => {
    await addAdvisorComment(getDb(), advisor, organisationId, measureId, body);
    revalidatePath(`/beratung/kommunen/${organisationId}/massnahmen`);
    return { status: "success", message: "Kommentar gespeichert. Die Kommune sieht ihn, sobald Sie die Kommentare freigeben." };
  },
});

export const releaseMeasureCommentsAction = formAction({
  authorize: requireAdvisor,
  schema: z.object({ organisationId }),
  run: async ({ organisationId }, advisor) => {
    const released = await releaseAdvisorComments(getDb(), advisor, organisationId);
    revalidatePath(`/beratung/kommunen/${organisationId}/massnahmen`);
    return {
      status: "success",
      message: `${released} ${released === 1 ? "Kommentar ist" : "Kommentare sind"} freigegeben; die Kommune wurde per E-Mail informiert.`,
    };
  },
});

// Workshops of the Kommune the advisor is assigned to; the service checks the assignment.
const workshopPath = (organisationId: string, workshopId: string) => `/beratung/kommunen/${organisationId}/workshop/${workshopId}`;

export const startWorkshopAsAdvisorAction = formAction({
  authorize: requireAdvisor,
  schema: workshopCheckSchema.extend({ organisationId }),
  run: async ({ organisationId, checkId }, advisor) => {
    const workshop = await startWorkshop(getDb(), advisor, organisationId, checkId);
    redirect(workshopPath(organisationId, workshop.id));
  },
});

export const endWorkshopAsAdvisorAction = formAction({
  authorize: requireAdvisor,
  schema: workshopIdSchema.extend({ organisationId }),
  run: async ({ organisationId, workshopId }, advisor) => {
    await endWorkshop(getDb(), advisor, organisationId, workshopId);
    revalidatePath(workshopPath(organisationId, workshopId));
    redirect(workshopPath(organisationId, workshopId));
  },
});
