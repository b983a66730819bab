import { getDb } from "@/db";
import { answerInput, refuseForeignOrigin, saveAnswerResponse } from "@/lib/http/autosave";
import { isSameOrigin, jsonRoute } from "@/lib/http/json-route";
import { saveLinkAnswer } from "@/lib/services/perspectives";

export const dynamic = "force-dynamic";

/**
 * Autosave of one item behind a personal perspective link: the token in the
 * path is the guest's only key and grants this one questionnaire. The same
 * rules as the team's autosave (lib/http/autosave.ts).
 */
export async function PUT(request: Request, { params }: RouteContext<"/api/perspektive/[token]/antworten/[itemKey]">) {
  return jsonRoute(async () => {
    refuseForeignOrigin(isSameOrigin(request));
    const { token, itemKey } = await params;
    const input = answerInput(await request.text(), itemKey);
    return saveAnswerResponse(await saveLinkAnswer(getDb(), token, input));
  });
}
