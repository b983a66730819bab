/**
 * Live workshop counts across app instances: one PostgreSQL connection per
 * instance LISTENs on the channel every submission NOTIFYs (whichever
 * instance took the vote), and hands each notice to the projector views this
 * instance serves. Kept on globalThis: one listener per process.
 */
import { logger } from "../log";
import { Client } from "pg";
import { WORKSHOP_CHANNEL } from "@/lib/services/perspectives";

type Listener = () => void;

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

async function connect(state: Hub): Promise<void> {
  if (state.client) return;
  state.connecting ??= (async () => {
    const client = new Client({ connectionString: process.env.DATABASE_URL, application_name: "kurz-check-live" });
    client.on("notification", (message) => {
      for (const listener of state.listeners.get(message.payload ?? "") ?? []) listener();
    });
    // A lost connection drops the hub; the views fall back to polling and the next subscriber reconnects.
    client.on("error", (error) => {
      logger().warn({ err: error }, "LISTEN connection for live workshop counts lost");
      state.client = null;
    });
    client.on("end", () => {
      state.client = null;
    });
    await client.connect();
    await client.query(`LISTEN ${WORKSHOP_CHANNEL}`);
    state.client = client;
  })().finally(() => {
    state.connecting = null;
  });
  return state.connecting;
}

/** Calls `listener` whenever workshop `workshopId` gets an answer or ends; returns the unsubscribe. */
export async function subscribeWorkshop(workshopId: string, listener: Listener): Promise<() => void> {
  const state = hub();
  await connect(state);
  const set = state.listeners.get(workshopId) ?? new Set<Listener>();
  set.add(listener);
  state.listeners.set(workshopId, set);
  return () => {
    set.delete(listener);
    if (set.size === 0) state.listeners.delete(workshopId);
  };
}

const HEARTBEAT_MS = 20_000;

/**
 * A workshop's state as Server-Sent Events: `first` at once, then what
 * `next()` reads after every notice for the workshop (from any instance).
 * When `next()` refuses (the viewer signed out, left the Kommune, is no
 * longer its advisor) the stream ends, as it does when the browser goes; the
 * view then falls back to polling, which answers the refusal.
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
      // Listen for the browser going before the subscription is awaited, so no listener outlives it.
      signal.addEventListener("abort", close, { once: true });
      if (signal.aborted) return close();
      send(first);
      const onNotice = () => {
        void next().then(send, close);
      };
      const cancel = await subscribeWorkshop(workshopId, onNotice);
      if (closed) return cancel();
      unsubscribe = cancel;
      heartbeat = setInterval(() => send(": noch da\n\n"), HEARTBEAT_MS);
    },
    cancel: stop,
  });
  return new Response(stream, {
    headers: { "Content-Type": "text/event-stream; charset=utf-8", "Cache-Control": "no-store", "X-Accel-Buffering": "no", Connection: "keep-alive" },
  });
}
