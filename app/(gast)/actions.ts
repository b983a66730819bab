"use server";

import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { getDb } from "@/db";
import { isAppError } from "@/lib/errors";
import { logger } from "@/lib/log";
import { errorState } from "@/lib/actions/form-action";
import { guestFormAction } from "@/lib/actions/guest-action";
import {
  addressPseudonym,
  hasAnsweredSurvey,
  hasAnsweredWorkshop,
  normaliseWorkshopCode,
  surveyCookieName,
  surveyCookieValue,
  workshopCookieName,
  workshopCookieValue,
} from "@/lib/auth/guests";
import { servedOverHttps } from "@/lib/auth/session-cookie";
import { guestTranslate } from "@/lib/i18n/guest-request";
import { withLocale } from "@/lib/i18n/locales";
import { recordWorkshopStart, submitLinkResponse, submitWorkshopResponse, workshopByCode } from "@/lib/services/perspectives";
import { clientAddress } from "@/lib/route-handlers/client-address";
import { openSurveyByCode, submitSurveyResponse } from "@/lib/services/surveys";
import { joinSurveyFields, joinWorkshopFields, surveyResponseFields, workshopResponseFields } from "@/lib/validation/guests";

/** "Antworten absenden" behind a personal link (bound to its token and language by the page). */
export async function submitLinkAction(token: unknown, locale: unknown): Promise<{ ok: true } | { ok: false; message: string }> {
  const t = await guestTranslate(locale);
  try {
    if (typeof token !== "string") return { ok: false, message: t("link.ungueltig") };
    await submitLinkResponse(getDb(), token);
    return { ok: true };
  } catch (error) {
    return { ok: false, message: errorState(error, undefined, t).message ?? t("fehler.unerwartet") };
  }
}

/** /mitmachen: "Teilnehmen" with a code leads to that workshop's questionnaire, in the same language. */
export const joinWorkshopAction = guestFormAction({
  schema: joinWorkshopFields,
  run: async ({ code }, t) => {
    const workshop = await workshopByCode(getDb(), normaliseWorkshopCode(code));
    redirect(withLocale(`/mitmachen/${workshop.code}`, t.locale));
  },
});

/** A participant's answers: once per browser (signed cookie), never with a name or an address. */
export const submitWorkshopAction = guestFormAction({
  schema: workshopResponseFields,
  run: async ({ code, perspective, answers, participant }, t) => {
    const db = getDb();
    const workshop = await workshopByCode(db, normaliseWorkshopCode(code));
    const jar = await cookies();
    if (hasAnsweredWorkshop(workshop.id, jar.get(workshopCookieName(workshop.id))?.value)) {
      return { status: "error", message: t("workshop.schonGeantwortet") };
    }
    await submitWorkshopResponse(db, workshop, { perspective, answers, participant });
    jar.set(workshopCookieName(workshop.id), workshopCookieValue(workshop.id), {
      httpOnly: true,
      sameSite: "lax",
      secure: servedOverHttps((await headers()).get("x-forwarded-proto")),
      path: "/mitmachen",
      maxAge: 60 * 60 * 24 * 2,
    });
    redirect(withLocale(`/mitmachen/${workshop.code}?danke=1`, t.locale));
  },
});

/** /befragung: the code from the poster leads to the survey, in the same language. */
export const joinSurveyAction = guestFormAction({
  schema: joinSurveyFields,
  run: async ({ code }, t) => {
    const survey = await openSurveyByCode(getDb(), normaliseWorkshopCode(code));
    redirect(withLocale(`/befragung/${normaliseWorkshopCode(code)}`, survey.languages.includes(t.locale) ? t.locale : "de"));
  },
});

/** A resident's answers: once per browser (signed cookie); the address only as a keyed pseudonym for the rate limit, never stored with the answers. */
export const submitSurveyAction = guestFormAction({
  // The survey is looked up once: its version decides the fields, and it travels on to `run`.
  schema: async (t, formData) => {
    const code = formData.get("code");
    const survey = await openSurveyByCode(getDb(), normaliseWorkshopCode(typeof code === "string" ? code : ""));
    return surveyResponseFields(t, survey.instrumentVersion).transform((input) => ({ ...input, survey }));
  },
  run: async ({ survey, answers, profile }, t) => {
    const db = getDb();
    const jar = await cookies();
    if (hasAnsweredSurvey(survey.id, jar.get(surveyCookieName(survey.id))?.value)) return { status: "error", message: t("befragung.schonGeantwortet") };
    const requestHeaders = await headers();
    await submitSurveyResponse(db, survey, { locale: t.locale, answers, profile }, addressPseudonym(clientAddress(requestHeaders)));
    jar.set(surveyCookieName(survey.id), surveyCookieValue(survey.id), {
      httpOnly: true,
      sameSite: "lax",
      secure: servedOverHttps(requestHeaders.get("x-forwarded-proto")),
      path: "/befragung",
      maxAge: 60 * 60 * 24 * 400,
    });
    redirect(withLocale(`/befragung/${survey.code}?danke=1`, t.locale));
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
