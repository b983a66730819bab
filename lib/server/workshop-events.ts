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
