// Rules guarded: the autosave queue sends each change once it settles, keeps what the server has
// not confirmed, retries with back-off while the server is away, never applies a stale write
// (the server's newer value comes back as a conflict), and says "Gespeichert" only when nothing
// else is on its way.
import { beforeEach, describe, expect, it } from "vitest";
import type { ItemKey } from "@/lib/kurzcheck/keys";
import { AutosaveQueue, DEBOUNCE_MS, pendingKey, RETRY_MS, type Conflict, type QueueEnvironment, type SaveStatus } from "./autosave-queue";

/** A clock that runs timers only when told, a storage in a Map, a server that answers as the test says. */
function harness(options: { storageBlocked?: boolean } = {}) {
  let now = 0;
  let timers: { at: number; run: () => void; id: number }[] = [];
  let nextId = 1;
  const stored = new Map<string, string>();
  const requests: { url: string; body: { score: number | null; note: string; baseVersion: number } }[] = [];
  const answers: (() => Response | Promise<Response>)[] = [];
  const statuses: SaveStatus[] = [];
  const conflicts: [ItemKey, Conflict][] = [];
  const env: QueueEnvironment = {
    fetch: async (url, init) => {
      requests.push({ url, body: JSON.parse(init.body) });
      const answer = answers.shift();
      if (!answer) throw new TypeError("Failed to fetch"); // no answer scripted: the network is away
      return answer();
    },
    storage: () => {
      if (options.storageBlocked) throw new DOMException("blocked", "SecurityError");
      return { getItem: (key) => stored.get(key) ?? null, setItem: (key, value) => void stored.set(key, value), removeItem: (key) => void stored.delete(key) };
    },
    setTimer: (run, ms) => {
      const id = nextId++;
      timers.push({ at: now + ms, run, id });
      return id;
    },
    clearTimer: (id) => {
      timers = timers.filter((timer) => timer.id !== id);
    },
  };
  const queue = new AutosaveQueue({ id: "check-1", saveBase: "/api/checks/check-1/answers" }, { leitbild: 3 }, env, {
    status: (status) => statuses.push(status),
    conflict: (itemKey, conflict) => conflicts.push([itemKey, conflict]),
  });
  /** Lets the clock run `ms`, firing due timers and the promises they start. */
  const advance = async (ms: number) => {
    const until = now + ms;
    for (;;) {
      await flushPromises();
      const due = timers.filter((timer) => timer.at <= until).sort((a, b) => a.at - b.at)[0];
      if (!due) break;
      now = due.at;
      timers = timers.filter((timer) => timer !== due);
      due.run();
    }
    now = until;
    await flushPromises();
  };
  const ok = (version: number) => () => Response.json({ ok: true, version, savedAt: `2026-12-06T10:00:0${version}Z` });
  return { queue, env, stored, requests, answers, statuses, conflicts, advance, ok, pendingCount: () => Object.keys(queue.pending()).length };
}

async function flushPromises() {
  for (let i = 0; i < 10; i++) await Promise.resolve();
  await new Promise((resolve) => setImmediate(resolve));
}

describe("AutosaveQueue", () => {
  let h: ReturnType<typeof harness>;
  beforeEach(() => {
    h = harness();
  });

  it("sends a change once it settles, on the version the form loaded, and forgets it when confirmed", async () => {
    h.answers.push(h.ok(4));
    h.queue.change("leitbild", { score: 40, note: "" });
    h.queue.change("leitbild", { score: 50, note: "" });
    expect(h.stored.get(pendingKey("check-1"))).toContain('"score":50');
    await h.advance(DEBOUNCE_MS - 1);
    expect(h.requests).toHaveLength(0);
    await h.advance(1);
    expect(h.requests).toEqual([{ url: "/api/checks/check-1/answers/leitbild", body: { score: 50, note: "", baseVersion: 3 } }]);
    expect(h.pendingCount()).toBe(0);
    expect(h.statuses.at(-1)).toEqual({ kind: "saved", at: "2026-12-06T10:00:04Z" });
    expect(h.queue.versionOf("leitbild")).toBe(4);
  });

  it("sends what was typed during a save right after it, on the new version", async () => {
    let release!: (response: Response) => void;
    h.answers.push(() => new Promise<Response>((resolve) => (release = resolve)), h.ok(2));
    h.queue.change("beschluss", { score: 10, note: "" });
    await h.advance(DEBOUNCE_MS);
    h.queue.change("beschluss", { score: 20, note: "neu" });
    release(Response.json({ ok: true, version: 1, savedAt: "x" }));
    await h.advance(0);
    expect(h.requests.map((request) => request.body)).toEqual([
      { score: 10, note: "", baseVersion: 0 },
      { score: 20, note: "neu", baseVersion: 1 },
    ]);
    expect(h.pendingCount()).toBe(0);
  });

  it("says 'Gespeichert' only when no other item waits", async () => {
    h.answers.push(h.ok(1));
    h.queue.change("beschluss", { score: 10, note: "" });
    await h.advance(DEBOUNCE_MS - 100);
    h.queue.change("konzept", { score: 30, note: "" });
    await h.advance(100);
    expect(h.statuses.at(-1)).toEqual({ kind: "saving" });
    h.answers.push(h.ok(1));
    await h.advance(DEBOUNCE_MS);
    expect(h.statuses.at(-1)?.kind).toBe("saved");
  });

  it("retries with back-off while the server is away and keeps the change meanwhile", async () => {
    h.queue.change("leitbild", { score: 70, note: "" });
    await h.advance(DEBOUNCE_MS); // network away
    h.answers.push(() => new Response("", { status: 503 }));
    await h.advance(RETRY_MS[0]);
    expect(h.requests).toHaveLength(2);
    await h.advance(RETRY_MS[1] - 1);
    expect(h.requests).toHaveLength(2);
    expect(h.statuses.at(-1)).toEqual({ kind: "retrying" });
    expect(h.pendingCount()).toBe(1);
    h.answers.push(h.ok(4));
    await h.advance(1);
    expect(h.requests).toHaveLength(3);
    expect(h.pendingCount()).toBe(0);
  });

  it("hands a newer value of someone else to the person instead of overwriting it", async () => {
    const theirs = { score: 90, note: "von Frau B.", version: 5, updatedByName: "Frau B.", updatedAt: "2026-12-06T09:00:00Z" };
    h.answers.push(() => Response.json({ ok: false, code: "conflict", current: theirs }, { status: 409 }));
    h.queue.change("leitbild", { score: 40, note: "" });
    await h.advance(DEBOUNCE_MS);
    expect(h.conflicts).toEqual([["leitbild", { mine: { score: 40, note: "" }, theirs }]]);
    expect(h.statuses.at(-1)?.kind).toBe("error");
    expect(h.requests).toHaveLength(1); // never retried on its own
    // Keeping one's own value saves it on top of theirs.
    h.answers.push(h.ok(6));
    h.queue.resolve("leitbild", "mine", h.conflicts[0]![1]);
    await h.advance(0);
    expect(h.requests[1]!.body).toEqual({ score: 40, note: "", baseVersion: 5 });
  });

  it("taking the other value sends nothing and forgets one's own", async () => {
    const conflict: Conflict = { mine: { score: 40, note: "" }, theirs: { score: 90, note: "", version: 5, updatedByName: null, updatedAt: "t" } };
    h.queue.change("leitbild", conflict.mine);
    h.queue.resolve("leitbild", "theirs", conflict);
    await h.advance(DEBOUNCE_MS * 2);
    expect(h.requests).toHaveLength(0);
    expect(h.pendingCount()).toBe(0);
    expect(h.queue.versionOf("leitbild")).toBe(5);
  });

  it("treats a conflict with the very same value as saved (an earlier answer got lost)", async () => {
    h.answers.push(() =>
      Response.json({ ok: false, code: "conflict", current: { score: 40, note: "", version: 7, updatedByName: null, updatedAt: "t7" } }, { status: 409 }),
    );
    h.queue.change("leitbild", { score: 40, note: "" });
    await h.advance(DEBOUNCE_MS);
    expect(h.conflicts).toEqual([]);
    expect(h.statuses.at(-1)).toEqual({ kind: "saved", at: "t7" });
  });

  it("stops on a refusal and shows its message (signed out, submitted)", async () => {
    h.answers.push(() => Response.json({ ok: false, message: "Ihre Sitzung ist abgelaufen." }, { status: 401 }));
    h.queue.change("leitbild", { score: 40, note: "" });
    await h.advance(DEBOUNCE_MS + RETRY_MS[3] * 3);
    expect(h.requests).toHaveLength(1);
    expect(h.statuses.at(-1)).toEqual({ kind: "error", message: "Ihre Sitzung ist abgelaufen." });
  });

  it("sends what an earlier visit left unconfirmed, and flush sends at once", async () => {
    h.stored.set(pendingKey("check-1"), JSON.stringify({ netzwerk: { score: 60, note: "alt", baseVersion: 2 } }));
    h.answers.push(h.ok(3));
    expect(h.queue.resume()).toEqual({ netzwerk: { score: 60, note: "alt" } });
    await h.advance(0);
    expect(h.requests[0]!.body).toEqual({ score: 60, note: "alt", baseVersion: 2 });
    h.answers.push(h.ok(1));
    h.queue.change("konzept", { score: 10, note: "" });
    expect(await h.queue.flush()).toBe(true);
    expect(h.requests).toHaveLength(2);
  });

  it("still saves where the browser refuses storage", async () => {
    const blocked = harness({ storageBlocked: true });
    blocked.answers.push(blocked.ok(1));
    blocked.queue.change("konzept", { score: 30, note: "" });
    await blocked.advance(DEBOUNCE_MS);
    expect(blocked.requests.map((request) => request.body)).toEqual([{ score: 30, note: "", baseVersion: 0 }]);
    expect(blocked.pendingCount()).toBe(0);
  });
});
