import { getDb } from "@/db";
import { requireUser } from "@/lib/auth/guards";
import { jsonRoute } from "@/lib/http/json-route";
import { workshopLiveState, workshopState } from "@/lib/services/perspectives";

export const dynamic = "force-dynamic";

/** The projector view's fallback when Server-Sent Events are cut (proxy, network): the count, polled. Same viewers as the stream. */
export async function GET(_request: Request, { params }: RouteContext<"/api/workshops/[id]/stand">) {
  return jsonRoute(async () => {
    const user = await requireUser();
    const workshop = await workshopState(getDb(), user, null, (await params).id);
    return Response.json(workshopLiveState(workshop), { headers: { "Cache-Control": "no-store" } });
  });
}
