import { getDb } from "@/db";
import { requireActiveMembership } from "@/lib/auth/guards";
import { jsonRoute } from "@/lib/http/json-route";
import { subscribeWorkshop } from "@/lib/server/workshop-events";
import { workshopState } from "@/lib/services/perspectives";

export const dynamic = "force-dynamic";

const HEARTBEAT_MS = 20_000;

/**
 * The projector view's live count as Server-Sent Events: the current state at
 * once, then again after every answer or the end, from any app instance
 * (PostgreSQL LISTEN/NOTIFY). Members of the workshop's Kommune only.
 */
export async function GET(request: Request, { params }: RouteContext<"/api/workshops/[id]/ereignisse">) {
  return jsonRoute(async () => {
    const { user, membership } = await requireActiveMembership();
    const { id } = await params;
    const db = getDb();
    const state = async () => {
      const workshop = await workshopState(db, user, membership.organisationId, id);
      return `data: ${JSON.stringify({ responses: workshop.responses, ended: workshop.endedAt !== null })}\n\n`;
    };
    const first = await state(); // refuses a foreign or unknown workshop before the stream opens
    const encoder = new TextEncoder();
    let unsubscribe: (() => void) | null = null;
    let heartbeat: ReturnType<typeof setInterval> | null = null;
    const stream = new ReadableStream<Uint8Array>({
      async start(controller) {
        const send = (text: string) => {
          try {
            controller.enqueue(encoder.encode(text));
          } catch {
            // the view has gone
          }
        };
        send(first);
        unsubscribe = await subscribeWorkshop(id, () => void state().then(send, () => undefined));
        heartbeat = setInterval(() => send(": noch da\n\n"), HEARTBEAT_MS);
        request.signal.addEventListener("abort", () => {
          unsubscribe?.();
          if (heartbeat) clearInterval(heartbeat);
          try {
            controller.close();
          } catch {
            // already closed
          }
        });
      },
      cancel() {
        unsubscribe?.();
        if (heartbeat) clearInterval(heartbeat);
      },
    });
    return new Response(stream, {
      headers: { "Content-Type": "text/event-stream; charset=utf-8", "Cache-Control": "no-store", "X-Accel-Buffering": "no", Connection: "keep-alive" },
    });
  });
}
