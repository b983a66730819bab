/**
 * Live workshop counts across app instances, in one place: the channel, the
 * NOTIFY a submission sends in its transaction, and the one LISTEN connection
 * per instance that hands each notice to the projector views this instance
 * serves (lib/route-handlers/workshop-event-stream.ts). Kept on globalThis:
 * one listener per process.
 */
import { sql } from "drizzle-orm";
import { Client } from "pg";
import { databaseSettings } from "../lib/config";
import { logger } from "../lib/log";
import { requestContextStore } from "../lib/portal-server/request-context";
import type { Executor } from "./index";

/** The channel every change of a workshop's count is announced on. */
export const WORKSHOP_CHANNEL = "workshop_events";

/** Tells every app instance that a workshop's count changed (sent when `db`'s transaction commits). */
export async function notifyWorkshop(db: Executor, workshopId: string): Promise<void> {
  await db.execute(sql`SELECT pg_notify(${WORKSHOP_CHANNEL}, ${workshopId})`);
}

/** A projector view's subscription: told of every notice for its workshop, and when the connection is lost. */
export interface WorkshopListener {
  notice(): void;
  lost(): void;
}

interface Hub {
  client: Client | null;
  connecting: Promise<void> | null;
  listeners: Map<string, Set<WorkshopListener>>;
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
  state.connecting ??= requestContextStore()
    .exit(async () => {
      const client = new Client({ connectionString: databaseSettings().url, application_name: "kurz-check-live" });
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
    })
    .finally(() => {
      state.connecting = null;
    });
  return state.connecting;
}

/** Subscribes `listener` to workshop `workshopId`'s answers and end; returns the unsubscribe. */
export async function subscribeWorkshop(workshopId: string, listener: WorkshopListener): Promise<() => void> {
  const state = hub();
  await connect(state);
  const set = state.listeners.get(workshopId) ?? new Set<WorkshopListener>();
  set.add(listener);
  state.listeners.set(workshopId, set);
  return () => {
    set.delete(listener);
    if (set.size === 0 && state.listeners.get(workshopId) === set) state.listeners.delete(workshopId);
  };
}
