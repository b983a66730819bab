/**
 * Guests without an account: a person with a personal link, a workshop
 * participant with a code. Each is its own kind of principal — never a user,
 * never a session of the Kommune — granted one questionnaire of one round
 * (see the note on guests in permissions.ts). One submission per browser in a workshop is
 * kept by a signed cookie; nothing identifies the person.
 */
import { createHmac, timingSafeEqual } from "node:crypto";
import { authSecrets } from "./secrets";

/** The cookie that says this browser has answered workshop `workshopId`. */
export function workshopCookieName(workshopId: string): string {
  return `kurzcheck-workshop-${workshopId}`;
}

function sign(workshopId: string, secret: string): string {
  return createHmac("sha256", secret).update(`workshop-answered:${workshopId}`).digest("base64url");
}

/** The cookie's value: a signature only the portal can make, so a copied name without it counts for nothing. */
export function workshopCookieValue(workshopId: string): string {
  return sign(workshopId, authSecrets()[0]!);
}

/** True when the browser's cookie proves it already answered this workshop. */
export function hasAnsweredWorkshop(workshopId: string, value: string | undefined): boolean {
  if (!value) return false;
  return authSecrets().some((secret) => {
    const expected = Buffer.from(sign(workshopId, secret));
    const given = Buffer.from(value);
    return expected.length === given.length && timingSafeEqual(expected, given);
  });
}

/** A workshop code as people type it: upper case, no spaces or dashes. */
export function normaliseWorkshopCode(code: string): string {
  return code.toUpperCase().replace(/[\s-]/g, "");
}
