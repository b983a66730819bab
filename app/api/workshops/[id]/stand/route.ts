import { getDb } from "@/db";
import { requireUser } from "@/lib/auth/guards";
import { jsonRoute } from "@/lib/route-handlers/json";
import { workshopForViewer, workshopLiveState } from "@/lib/services/perspectives";

export const dynamic = "force-dynamic";

/** The projector view's fallback when Server-Sent Events are cut (proxy, network): the count, polled. Same viewers as the stream. */
export async function GET(_request: Request, { params }: RouteContext<"/api/workshops/[id]/stand">) {
  return jsonRoute(async () => {
    const user = await requireUser();
    const workshop = await workshopForViewer(getDb(), user, (await params).id);
    return Response.json(workshopLiveState(workshop), { headers: { "Cache-Control": "no-store" } });
  });
}
