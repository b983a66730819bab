import { getDb } from "@/db";
import { requireActiveMembership } from "@/lib/auth/guards";
import { jsonRoute } from "@/lib/http/json-route";
import { workshopState } from "@/lib/services/perspectives";

export const dynamic = "force-dynamic";

/** The projector view's fallback when Server-Sent Events are cut (proxy, network): the count, polled. */
export async function GET(_request: Request, { params }: RouteContext<"/api/workshops/[id]/stand">) {
  return jsonRoute(async () => {
    const { user, membership } = await requireActiveMembership();
    const workshop = await workshopState(getDb(), user, membership.organisationId, (await params).id);
    return Response.json({ responses: workshop.responses, ended: workshop.endedAt !== null }, { headers: { "Cache-Control": "no-store" } });
  });
}
