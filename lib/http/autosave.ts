/**
 * Autosave of one item: PUT {score, note, baseVersion} to
 * /api/checks/[id]/answers/[itemKey]. 200 with the new version, 409 with the
 * current value when someone else changed the item. The Kommune is the
 * signed-in member's, never taken from the request; every refusal is a JSON
 * answer with a German message (jsonRoute), never a 500.
 */
import { getDb } from "@/db";
import { actingMember } from "@/lib/auth/acting";
import type { CurrentUser } from "@/lib/auth/session-user";
import { AppError } from "@/lib/errors";
import { jsonRoute, originMatchesHost, parseJsonBody } from "@/lib/http/json-route";
import { saveAnswer } from "@/lib/services/checks";
import { saveAnswerSchema } from "@/lib/validation/check";

export interface AutosaveRequest {
  origin: string | null | undefined;
  /** The host the browser addressed (the proxy's X-Forwarded-Host when a trusted one forwarded it). */
  host: string | null | undefined;
  /** Reads the signed-in user; called only for a same-origin request. */
  currentUser: () => Promise<CurrentUser | null>;
  checkId: string;
  itemKey: string;
  body: string;
}

/** Same-origin writes only: the CSRF defence of both autosave endpoints (the team's and a guest's). */
export function refuseForeignOrigin(sameOrigin: boolean): void {
  if (!sameOrigin) throw new AppError("forbidden", "Anfragen von fremden Seiten werden nicht angenommen.");
}

/** The body of an autosave as the validated input for one item (German refusals for anything else). */
export function answerInput(bodyText: string, itemKey: string) {
  const body = parseJsonBody(bodyText);
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    throw new AppError("invalid", "Die Anfrage muss ein Objekt mit score, note und baseVersion sein.");
  }
  return saveAnswerSchema.parse({ ...body, itemKey });
}

/** 200 with the new version, 409 with the current value. */
export function saveAnswerResponse(result: { ok: boolean }): Response {
  return Response.json(result, { status: result.ok ? 200 : 409 });
}

export function saveAnswerRequest(request: AutosaveRequest): Promise<Response> {
  return jsonRoute(async () => {
    refuseForeignOrigin(originMatchesHost(request.origin, request.host));
    const { user, membership } = actingMember(await request.currentUser());
    const input = answerInput(request.body, request.itemKey);
    return saveAnswerResponse(await saveAnswer(getDb(), user, membership.organisationId, request.checkId, input));
  });
}
