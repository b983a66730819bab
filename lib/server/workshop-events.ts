/**
 * Live workshop counts across app instances: one PostgreSQL connection per
 * instance LISTENs on the channel every submission NOTIFYs (whichever
 * instance took the vote), and hands each notice to the projector views this
 * instance serves. Kept on globalThis: one listener per process.
 */
import { Client } from "pg";
import { logger } from "../log";
import { requestContextStore } from "./request-context";
import { WORKSHOP_CHANNEL } from "@/lib/services/perspectives";

/** A projector view's subscription: told of every notice for its workshop, and when the connection is lost. */
interface Listener {
  notice(): void;
  lost(): void;
}

interface Hub {
  client: Client | null;
  connecting: Promise<void> | null;
  listeners: Map<string, Set<Listener>>;
}

const HUB = Symbol.for("kurzcheck.workshop-events");

function hub(): Hub {
  const holder = globalThis as { [HUB]?: Hub };
  holder[HUB] ??= { client: null, connecting: null, listeners: new Map() };
  return holder[HUB];
}

/** Ends every subscription: their streams close and the views fall back to polling. */
function dropConnection(state: Hub): void {
  state.client = null;
  const all = [...state.listeners.values()].flatMap((set) => [...set]);
  state.listeners.clear();
  for (const listener of all) listener.lost();
}

async function connect(state: Hub): Promise<void> {
  if (state.client) return;
  // Made outside the request that happens to subscribe first: the connection's events must not
  // run in that request's context (its id and user would end up in other requests' logs).
  state.connecting ??= requestContextStore().exit(async () => {
    const client = new Client({ connectionString: process.env.DATABASE_URL, application_name: "kurz-check-live" });
    client.on("notification", (message) => {
      for (const listener of state.listeners.get(message.payload ?? "") ?? []) listener.notice();
    });
    // A lost connection drops the hub and its subscriptions; the views poll, the next subscriber reconnects.
    client.on("error", (error) => {
      logger().warn({ err: error }, "LISTEN connection for live workshop counts lost");
      if (state.client === client) dropConnection(state);
    });
    client.on("end", () => {
      if (state.client === client) dropConnection(state);
    });
    await client.connect();
    await client.query(`LISTEN ${WORKSHOP_CHANNEL}`);
    state.client = client;
  }).finally(() => {
    state.connecting = null;
  });
  return state.connecting;
}

/** Subscribes `listener` to workshop `workshopId`'s answers and end; returns the unsubscribe. */
export async function subscribeWorkshop(workshopId: string, listener: Listener): Promise<() => void> {
  const state = hub();
  await connect(state);
  const set = state.listeners.get(workshopId) ?? new Set<Listener>();
  set.add(listener);
  state.listeners.set(workshopId, set);
  return () => {
    set.delete(listener);
    if (set.size === 0 && state.listeners.get(workshopId) === set) state.listeners.delete(workshopId);
  };
}

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
      const listener: Listener = {
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
