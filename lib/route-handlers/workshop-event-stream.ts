/**
 * A workshop's live count as Server-Sent Events for the projector view, fed
 * by the instance's LISTEN connection (db/workshop-events.ts).
 */
import { subscribeWorkshop, type WorkshopListener } from "@/db/workshop-events";

const HEARTBEAT_MS = 20_000;

/**
 * A workshop's state as Server-Sent Events: `first` at once, then what
 * `next()` reads after notices for the workshop (from any instance) — one
 * read at a time, and once more if notices came during it, so an older count
 * never overtakes a newer one; once more right after listening starts, for
 * what came between `first` and the subscription. When `next()` refuses (the viewer signed out,
 * left the Kommune, is no longer its advisor) or the LISTEN connection is
 * lost, the stream ends, as it does when the browser goes; the view then
 * falls back to polling, which answers for itself.
 */
export function workshopEventStream(workshopId: string, signal: AbortSignal, first: string, next: () => Promise<string>): Response {
  const encoder = new TextEncoder();
  let unsubscribe: (() => void) | null = null;
  let heartbeat: ReturnType<typeof setInterval> | null = null;
  let closed = false;
  const stop = () => {
    closed = true;
    unsubscribe?.();
    unsubscribe = null;
    if (heartbeat) clearInterval(heartbeat);
  };
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      const close = () => {
        stop();
        try {
          controller.close();
        } catch {
          // already closed
        }
      };
      const send = (text: string) => {
        if (closed) return;
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          close(); // the view has gone
        }
      };
      let reading = false;
      let pending = false;
      const read = async () => {
        reading = true;
        try {
          while (pending && !closed) {
            pending = false;
            send(await next());
          }
        } catch {
          close();
        } finally {
          reading = false;
        }
      };
      const listener: WorkshopListener = {
        notice() {
          pending = true;
          if (!reading) void read();
        },
        lost: close,
      };
      // Listen for the browser going before the subscription is awaited, so no listener outlives it.
      signal.addEventListener("abort", close, { once: true });
      if (signal.aborted) return close();
      send(first);
      const cancel = await subscribeWorkshop(workshopId, listener);
      if (closed) return cancel();
      unsubscribe = cancel;
      listener.notice(); // catches up on what happened between reading `first` and listening
      heartbeat = setInterval(() => send(": noch da\n\n"), HEARTBEAT_MS);
    },
    cancel: stop,
  });
  return new Response(stream, {
    headers: { "Content-Type": "text/event-stream; charset=utf-8", "Cache-Control": "no-store", "X-Accel-Buffering": "no", Connection: "keep-alive" },
  });
}
