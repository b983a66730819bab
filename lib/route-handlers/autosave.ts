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
import { actingMember, sessionExpired } from "@/lib/auth/acting";
import type { SessionClaims } from "@/lib/auth/session-cookie";
import { userForSession } from "@/lib/auth/signed-in-user";
import { AppError } from "@/lib/errors";
import { currentRequest, tagWithRequestId } from "@/lib/portal-server/request-context";
import { ITEM_KEYS, NOTE_MAX_LENGTH, isScore, type ItemKey, type Score } from "@/lib/kurzcheck/keys";
import { jsonAnswer, originMatchesHost, parseJsonBody, type JsonAnswer } from "@/lib/route-handlers/json";
import { saveAnswer, saveAnswerForSession } from "@/lib/services/checks";
import { saveLinkAnswer } from "@/lib/services/perspectives";
import { MAX_BASE_VERSION, saveAnswerSchema } from "@/lib/validation/check";
import { hasControlCharacters } from "@/lib/validation/zod";

/** Which autosave a path addresses: the team's check, or a guest's personal link. */
export type AutosaveTarget = { kind: "check"; checkId: string; itemKey: string } | { kind: "link"; token: string; itemKey: string };

export interface AutosaveRequest {
  origin: string | null | undefined;
  /** The host the browser addressed (the proxy's X-Forwarded-Host when a trusted one forwarded it). */
  host: string | null | undefined;
  /** The session the request's cookie carries (decrypted, not yet checked against the database); read only for the team's check. */
  session: () => Promise<SessionClaims | null>;
  target: AutosaveTarget;
  body: string;
}

interface SaveInput {
  itemKey: ItemKey;
  score: Score | null;
  note: string;
  baseVersion: number;
}

/** Same-origin writes only: the CSRF defence of both autosave endpoints. */
function refuseForeignOrigin(sameOrigin: boolean): void {
  if (!sameOrigin) throw new AppError("forbidden", "Anfragen von fremden Seiten werden nicht angenommen.");
}

/**
 * The save as the portal's own page sends it, checked by hand: a number on
 * the scale or null, a note without control characters, a whole version.
 * Null for anything else, which then meets the schema and its German message.
 */
function wellFormedSave(body: unknown, itemKey: string): SaveInput | null {
  if (!(ITEM_KEYS as readonly string[]).includes(itemKey) || typeof body !== "object" || body === null) return null;
  const { score, note, baseVersion } = body as Record<string, unknown>;
  if (score !== null && !(typeof score === "number" && isScore(score))) return null;
  if (typeof note !== "string" || note.length > NOTE_MAX_LENGTH || hasControlCharacters(note, true)) return null;
  if (typeof baseVersion !== "number" || !Number.isInteger(baseVersion) || baseVersion < 0 || baseVersion > MAX_BASE_VERSION) return null;
  return { itemKey: itemKey as ItemKey, score, note, baseVersion };
}

/** The body of an autosave as the validated input for one item (German refusals for anything else). */
function answerInput(bodyText: string, itemKey: string): SaveInput {
  const body = parseJsonBody(bodyText);
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    throw new AppError("invalid", "Die Anfrage muss ein Objekt mit score, note und baseVersion sein.");
  }
  return wellFormedSave(body, itemKey) ?? saveAnswerSchema.parse({ ...body, itemKey });
}

/**
 * One item of the team's check. The usual save is one statement that checks
 * the session too; when it writes nothing, the user is read and the full
 * path answers why (signed out, no member, locked, someone saved first).
 */
async function saveCheckAnswer(request: AutosaveRequest, checkId: string, itemKey: string) {
  const session = await request.session();
  // No session cookie at all: 401 before the body is looked at. A cookie whose session has ended is found out by the
  // statement, after the body's check (a malformed body then gets its 400 first).
  if (!session) throw sessionExpired();
  const input = answerInput(request.body, itemKey);
  const saved = await saveAnswerForSession(getDb(), session, checkId, input).catch((error: unknown) => {
    tagWithRequestId(error); // the database is away: the answer names this request's id
    throw error;
  });
  if (saved) {
    const current = currentRequest();
    if (current) current.userId = session.userId; // for the request's log line
    return saved;
  }
  const { user, membership } = actingMember(await userForSession(getDb(), session));
  return saveAnswer(getDb(), user, membership.organisationId, checkId, input);
}

/** Saves one item of the check or the link the request addresses. */
export function saveAutosave(request: AutosaveRequest): Promise<JsonAnswer> {
  return jsonAnswer(async () => {
    refuseForeignOrigin(originMatchesHost(request.origin, request.host));
    const { target } = request;
    const result =
      target.kind === "check"
        ? await saveCheckAnswer(request, target.checkId, target.itemKey)
        : await saveLinkAnswer(getDb(), target.token, answerInput(request.body, target.itemKey));
    return { status: result.ok ? 200 : 409, body: result };
  });
}
