import { getDb } from "@/db";
import { readSession } from "@/lib/auth/current-user";
import { userForSession } from "@/lib/auth/signed-in-user";
import { actingUser } from "@/lib/auth/acting";
import { requireUser } from "@/lib/auth/guards";
import { jsonRoute } from "@/lib/route-handlers/json";
import { workshopEventStream } from "@/lib/route-handlers/workshop-event-stream";
import { workshopForViewer, workshopLiveState } from "@/lib/services/perspectives";

export const dynamic = "force-dynamic";

/**
 * The projector view's live count as Server-Sent Events: the current state at
 * once, then again after every answer or the end, from any app instance
 * (PostgreSQL LISTEN/NOTIFY). For the workshop's Kommune's members and its
 * assigned advisor; who they are is read again before every update, so a
 * sign-out, a lost right or the 12-hour limit ends the stream. (The idle
 * timeout is not applied to an open projector: it is the facilitator's
 * screen for the length of a workshop, and shows a count only.)
 */
export async function GET(request: Request, { params }: RouteContext<"/api/workshops/[id]/ereignisse">) {
  return jsonRoute(async () => {
    const user = await requireUser();
    const session = (await readSession())!; // requireUser found one
    const { id } = await params;
    const db = getDb();
    const event = (state: ReturnType<typeof workshopLiveState>) => `data: ${JSON.stringify(state)}\n\n`;
    const first = event(workshopLiveState(await workshopForViewer(db, user, id))); // refuses a foreign or unknown workshop before the stream opens
    return workshopEventStream(id, request.signal, first, async () => {
      // Outside the request now (a notice from PostgreSQL): the session is checked from its claims, not from
      // cookies(); its database row carries sign-out, revocation and the 12-hour limit.
      const viewer = actingUser(await userForSession(db, session));
      return event(workshopLiveState(await workshopForViewer(db, viewer, id)));
    });
  });
}
