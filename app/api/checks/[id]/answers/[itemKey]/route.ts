import { getDb } from "@/db";
import { requireActiveMembership } from "@/lib/auth/guards";
import { AppError } from "@/lib/errors";
import { isSameOrigin, jsonRoute, readJsonBody } from "@/lib/http/json-route";
import { saveAnswer } from "@/lib/services/checks";
import { saveAnswerSchema } from "@/lib/validation/check";

export const dynamic = "force-dynamic";

/**
 * Autosave of one item: PUT {score, note, baseVersion}. 200 with the new
 * version, 409 with the current value when someone else changed the item.
 * The Kommune is the signed-in member's, never taken from the request.
 */
export async function PUT(request: Request, { params }: RouteContext<"/api/checks/[id]/answers/[itemKey]">) {
  return jsonRoute(async () => {
    if (!isSameOrigin(request)) throw new AppError("forbidden", "Anfragen von fremden Seiten werden nicht angenommen.");
    const { user, membership } = await requireActiveMembership();
    const { id, itemKey } = await params;
    const body = await readJsonBody(request);
    if (typeof body !== "object" || body === null || Array.isArray(body)) {
      throw new AppError("invalid", "Die Anfrage muss ein Objekt mit score, note und baseVersion sein.");
    }
    const input = saveAnswerSchema.parse({ ...body, itemKey });
    const result = await saveAnswer(getDb(), user, membership.organisationId, id, input);
    return Response.json(result, { status: result.ok ? 200 : 409 });
  });
}
