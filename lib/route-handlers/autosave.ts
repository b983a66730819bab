/**
 * The rules of both autosave endpoints, whatever serves them (the portal
 * server answers them, lib/portal-server/autosave-endpoint.ts; app/api/README.md
 * says so where a reader of app/api looks):
 * - `PUT /api/checks/[id]/answers/[itemKey]`: one item of the team's check,
 *   for the signed-in member; the Kommune is theirs, never taken from the request;
 * - `PUT /api/perspektive/[token]/antworten/[itemKey]`: one item behind a
 *   personal perspective link; the token is the guest's only key.
 * Body `{score, note, baseVersion}`; 200 with the new version, 409 with the
 * current value when someone else changed the item. Same-origin only; every
 * refusal is a JSON answer with a German message, never a 500.
 */
import { getDb } from "@/db";
import { actingMember } from "@/lib/auth/acting";
import type { CurrentUser } from "@/lib/auth/signed-in-user";
import { AppError } from "@/lib/errors";
import { jsonAnswer, originMatchesHost, parseJsonBody, type JsonAnswer } from "@/lib/route-handlers/json";
import { saveAnswer } from "@/lib/services/checks";
import { saveLinkAnswer } from "@/lib/services/perspectives";
import { saveAnswerSchema } from "@/lib/validation/check";

/** Which autosave a path addresses: the team's check, or a guest's personal link. */
export type AutosaveTarget = { kind: "check"; checkId: string; itemKey: string } | { kind: "link"; token: string; itemKey: string };

export interface AutosaveRequest {
  origin: string | null | undefined;
  /** The host the browser addressed (the proxy's X-Forwarded-Host when a trusted one forwarded it). */
  host: string | null | undefined;
  /** Reads the signed-in user; called only for a same-origin save of the team's check. */
  currentUser: () => Promise<CurrentUser | null>;
  target: AutosaveTarget;
  body: string;
}

/** Same-origin writes only: the CSRF defence of both autosave endpoints. */
function refuseForeignOrigin(sameOrigin: boolean): void {
  if (!sameOrigin) throw new AppError("forbidden", "Anfragen von fremden Seiten werden nicht angenommen.");
}

/** The body of an autosave as the validated input for one item (German refusals for anything else). */
function answerInput(bodyText: string, itemKey: string) {
  const body = parseJsonBody(bodyText);
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    throw new AppError("invalid", "Die Anfrage muss ein Objekt mit score, note und baseVersion sein.");
  }
  return saveAnswerSchema.parse({ ...body, itemKey });
}

/** Saves one item of the check or the link the request addresses. */
export function saveAutosave(request: AutosaveRequest): Promise<JsonAnswer> {
  return jsonAnswer(async () => {
    refuseForeignOrigin(originMatchesHost(request.origin, request.host));
    const { target } = request;
    let result: { ok: boolean };
    if (target.kind === "check") {
      const { user, membership } = actingMember(await request.currentUser());
      result = await saveAnswer(getDb(), user, membership.organisationId, target.checkId, answerInput(request.body, target.itemKey));
    } else {
      result = await saveLinkAnswer(getDb(), target.token, answerInput(request.body, target.itemKey));
    }
    return { status: result.ok ? 200 : 409, body: result };
  });
}
