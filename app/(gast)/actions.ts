"use server";

import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { getDb } from "@/db";
import { isAppError } from "@/lib/errors";
import { logger } from "@/lib/log";
import { anyone, errorState, formAction } from "@/lib/actions/form-action";
import { hasAnsweredWorkshop, normaliseWorkshopCode, workshopCookieName, workshopCookieValue } from "@/lib/auth/guests";
import { servedOverHttps } from "@/lib/auth/session-cookie";
import { recordWorkshopStart, submitLinkResponse, submitWorkshopResponse, workshopByCode } from "@/lib/services/perspectives";
import { joinWorkshopSchema, workshopResponseSchema } from "@/lib/validation/perspectives";

/** "Antworten absenden" behind a personal link (bound to its token by the page). */
export async function submitLinkAction(token: unknown): Promise<{ ok: true } | { ok: false; message: string }> {
  try {
    if (typeof token !== "string") return { ok: false, message: "Dieser Link ist unvollständig." };
    await submitLinkResponse(getDb(), token);
    return { ok: true };
  } catch (error) {
    return { ok: false, message: errorState(error).message ?? "Das Absenden hat nicht geklappt." };
  }
}

/** /mitmachen: "Teilnehmen" with a code leads to that workshop's questionnaire. */
export const joinWorkshopAction = formAction({
  authorize: anyone,
  schema: joinWorkshopSchema,
  run: async ({ code }) => {
    const workshop = await workshopByCode(getDb(), normaliseWorkshopCode(code));
    redirect(`/mitmachen/${workshop.code}`);
  },
});

/** A participant's answers: once per browser (signed cookie), never with a name or an address. */
export const submitWorkshopAction = formAction({
  authorize: anyone,
  schema: workshopResponseSchema,
  run: async ({ code, perspective, answers, participant }) => {
    const db = getDb();
    const workshop = await workshopByCode(db, normaliseWorkshopCode(code));
    const jar = await cookies();
    if (hasAnsweredWorkshop(workshop.id, jar.get(workshopCookieName(workshop.id))?.value)) {
      return { status: "error", message: "Von diesem Gerät kamen schon Antworten zu diesem Workshop. Vielen Dank – einmal genügt." };
    }
    await submitWorkshopResponse(db, workshop, { perspective, answers, participant });
    jar.set(workshopCookieName(workshop.id), workshopCookieValue(workshop.id), {
      httpOnly: true,
      sameSite: "lax",
      secure: servedOverHttps((await headers()).get("x-forwarded-proto")),
      path: "/mitmachen",
      maxAge: 60 * 60 * 24 * 2,
    });
    redirect(`/mitmachen/${workshop.code}?danke=1`);
  },
});

/**
 * A participant began the questionnaire: counted among those still answering
 * until they send it. Called once by the form with the browser's random id;
 * it answers nothing, and refuses quietly (an ended workshop, a bad id).
 */
export async function startWorkshopAnswerAction(code: unknown, participant: unknown): Promise<void> {
  if (typeof code !== "string" || typeof participant !== "string" || !/^[0-9a-f-]{36}$/i.test(participant)) return;
  await recordWorkshopStart(getDb(), normaliseWorkshopCode(code), participant).catch((error: unknown) => {
    if (!isAppError(error)) logger().warn({ err: error }, "Beginn einer Workshop-Antwort nicht vermerkt");
  });
}
