/**
 * Guests without an account: a person with a personal link, a workshop
 * participant with a code. Each is its own kind of principal — never a user,
 * never a session of the Kommune — granted one questionnaire of one round
 * (see the note on guests in permissions.ts). One submission per browser in a workshop is
 * kept by a signed cookie; nothing identifies the person.
 */
import { createHmac, timingSafeEqual } from "node:crypto";
import { authSecrets } from "./secrets";

type Answered = "workshop" | "survey";

function sign(kind: Answered, id: string, secret: string): string {
  return createHmac("sha256", secret).update(`${kind}-answered:${id}`).digest("base64url");
}

function proves(kind: Answered, id: string, value: string | undefined): boolean {
  if (!value) return false;
  return authSecrets().some((secret) => {
    const expected = Buffer.from(sign(kind, id, secret));
    const given = Buffer.from(value);
    return expected.length === given.length && timingSafeEqual(expected, given);
  });
}

/** The cookie that says this browser has answered workshop `workshopId`. */
export function workshopCookieName(workshopId: string): string {
  return `kurzcheck-workshop-${workshopId}`;
}

/** The cookie's value: a signature only the portal can make, so a copied name without it counts for nothing. */
export function workshopCookieValue(workshopId: string): string {
  return sign("workshop", workshopId, authSecrets()[0]!);
}

/** True when the browser's cookie proves it already answered this workshop. */
export function hasAnsweredWorkshop(workshopId: string, value: string | undefined): boolean {
  return proves("workshop", workshopId, value);
}

/** The same for a resident survey: one submission per browser. */
export function surveyCookieName(surveyId: string): string {
  return `kurzcheck-befragung-${surveyId}`;
}

export function surveyCookieValue(surveyId: string): string {
  return sign("survey", surveyId, authSecrets()[0]!);
}

export function hasAnsweredSurvey(surveyId: string, value: string | undefined): boolean {
  return proves("survey", surveyId, value);
}

/** A pseudonym of a client's address for a rate limit: the address itself is never stored. */
export function addressPseudonym(address: string): string {
  return createHmac("sha256", authSecrets()[0]!)
    .update(`address:${addressBlock(address)}`)
    .digest("base64url")
    .slice(0, 22);
}

/**
 * The unit a limit counts: an IPv4 address, or an IPv6 address's /64 (one connection usually
 * gets a whole /64, so counting single IPv6 addresses would limit nobody).
 */
export function addressBlock(address: string): string {
  if (!address.includes(":")) return address;
  const mappedIpv4 = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mappedIpv4) return mappedIpv4[1]!;
  const [head, tail = ""] = address.split("::");
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const groups = address.includes("::") ? [...left, ...Array(Math.max(0, 8 - left.length - right.length)).fill("0"), ...right] : left;
  return `${groups
    .slice(0, 4)
    .map((group) => (parseInt(group, 16) || 0).toString(16))
    .join(":")}::/64`;
}

/** A workshop or survey code as people type it: upper case, no spaces or dashes. */
export function normaliseWorkshopCode(code: string): string {
  return code.toUpperCase().replace(/[\s-]/g, "");
}
