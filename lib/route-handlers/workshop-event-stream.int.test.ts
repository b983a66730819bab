// Rules guarded: the projector's live stream sends the state at once and after every notice for
// its workshop (from any connection that NOTIFYs), never an older count after a newer one; it
// ends when the viewer's right is refused, when the browser goes, and when the LISTEN connection
// is lost (so the view falls back to polling instead of waiting forever).
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testPool } from "@/lib/tooling/testing/db";
import { WORKSHOP_CHANNEL } from "@/db/workshop-events";
import { workshopEventStream } from "./workshop-event-stream";

const pool = testPool();
beforeAll(() => {
  process.env.DATABASE_URL = process.env.TEST_DATABASE_URL; // the hub's LISTEN connection
});
afterAll(() => pool.end());

const notify = (workshopId: string) => pool.query("SELECT pg_notify($1, $2)", [WORKSHOP_CHANNEL, workshopId]);

/** Reads the stream's next `count` events (data lines); stops early when the stream ends. */
async function events(response: Response, count: number): Promise<string[]> {
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  const data: string[] = [];
  let buffer = "";
  try {
    while (data.length < count) {
      const chunk = await reader.read();
      if (chunk.done) break;
      buffer += decoder.decode(chunk.value);
      for (let at = buffer.indexOf("\n\n"); at >= 0; at = buffer.indexOf("\n\n")) {
        const event = buffer.slice(0, at);
        buffer = buffer.slice(at + 2);
        if (event.startsWith("data: ")) data.push(event.slice(6));
      }
    }
  } finally {
    reader.releaseLock();
  }
  return data;
}

async function untilEnded(response: Response): Promise<boolean> {
  const reader = response.body!.getReader();
  for (;;) {
    const chunk = await reader.read();
    if (chunk.done) return true;
  }
}

describe("workshopEventStream", () => {
  it("sends the first state, then one read per notice of its own workshop only", async () => {
    const workshopId = randomUUID();
    let reads = 0;
    const abort = new AbortController();
    const response = workshopEventStream(workshopId, abort.signal, "data: 0\n\n", async () => `data: ${++reads}\n\n`);
    // The first state, then one read as soon as it listens (what came in between is not lost).
    expect(await events(response, 2)).toEqual(["0", "1"]);
    await notify(randomUUID()); // another workshop: nothing
    await notify(workshopId);
    expect(await events(response, 1)).toEqual(["2"]);
    expect(reads).toBe(2);
    abort.abort();
    expect(await untilEnded(response)).toBe(true);
  });

  it("never lets an older read overtake a newer one: notices during a read lead to one more read after it", async () => {
    const workshopId = randomUUID();
    let count = 0;
    const gates: (() => void)[] = [];
    const response = workshopEventStream(workshopId, new AbortController().signal, "data: start\n\n", async () => {
      const value = ++count;
      await new Promise<void>((resolve) => gates.push(resolve));
      return `data: ${value}\n\n`;
    });
    expect(await events(response, 1)).toEqual(["start"]);
    await expect.poll(() => gates.length).toBe(1); // the catch-up read once listening: under way, held
    await notify(workshopId);
    await notify(workshopId);
    await new Promise((resolve) => setTimeout(resolve, 300)); // the notices arrive while it waits
    expect(gates.length).toBe(1); // no second read in parallel
    gates[0]!();
    await expect.poll(() => gates.length).toBe(2); // one more read for both notices
    gates[1]!();
    expect(await events(response, 2)).toEqual(["1", "2"]);
    expect(count).toBe(2);
  });

  it("ends when the viewer is refused, and when the LISTEN connection is lost", async () => {
    const refused = randomUUID();
    const response = workshopEventStream(refused, new AbortController().signal, "data: 0\n\n", async () => {
      throw new Error("kein Zugriff mehr");
    });
    await notify(refused);
    expect(await untilEnded(response)).toBe(true);

    const dropped = workshopEventStream(randomUUID(), new AbortController().signal, "data: 0\n\n", async () => "data: x\n\n");
    expect(await events(dropped, 2)).toEqual(["0", "x"]); // listening
    await pool.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'kurz-check-live' AND datname = current_database()");
    expect(await untilEnded(dropped)).toBe(true);
  });
});
