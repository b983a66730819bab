import { getDb } from "@/db";
import { AppError } from "@/lib/errors";
import { isSameOrigin, jsonRoute, readJsonBody } from "@/lib/http/json-route";
import { saveLinkAnswer } from "@/lib/services/perspectives";
import { saveAnswerSchema } from "@/lib/validation/check";

export const dynamic = "force-dynamic";

/**
 * Autosave of one item behind a personal perspective link: the token in the
 * path is the guest's only key and grants this one questionnaire.
 */
export async function PUT(request: Request, { params }: RouteContext<"/api/perspektive/[token]/antworten/[itemKey]">) {
  return jsonRoute(async () => {
    if (!isSameOrigin(request)) throw new AppError("forbidden", "Anfragen von fremden Seiten werden nicht angenommen.");
    const { token, itemKey } = await params;
    const body = await readJsonBody(request);
    if (typeof body !== "object" || body === null || Array.isArray(body)) {
      throw new AppError("invalid", "Die Anfrage muss ein Objekt mit score, note und baseVersion sein.");
    }
    const input = saveAnswerSchema.parse({ ...body, itemKey });
    const result = await saveLinkAnswer(getDb(), token, input);
    return Response.json(result, { status: result.ok ? 200 : 409 });
  });
}
