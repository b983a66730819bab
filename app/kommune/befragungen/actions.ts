"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getDb } from "@/db";
import { formAction } from "@/lib/actions/form-action";
import { requireActiveMembership } from "@/lib/auth/guards";
import { endSurvey, startSurvey } from "@/lib/services/surveys";
import { startSurveySchema, surveyIdSchema } from "@/lib/validation/surveys";

// The Kommune always comes from the session's membership; ids are checked against it in the services.

export const startSurveyAction = formAction({
  authorize: requireActiveMembership,
  schema: startSurveySchema,
  run: async (input, { user, membership }) => {
    const survey = await startSurvey(getDb(), user, membership.organisationId, input);
    redirect(`/kommune/befragungen/${survey.id}`);
  },
});

export const endSurveyAction = formAction({
  authorize: requireActiveMembership,
  schema: surveyIdSchema,
  run: async ({ surveyId }, { user, membership }) => {
    await endSurvey(getDb(), user, membership.organisationId, surveyId);
    revalidatePath(`/kommune/befragungen/${surveyId}`);
    return { status: "success", message: "Die Befragung ist beendet; der Code nimmt keine Antworten mehr an." };
  },
});
