/**
 * The autosave's queue, free of React so it can be tested on its own: per
 * item a debounced send, the browser's copy of every unconfirmed change (it
 * survives a reload or a crash), retries with back-off while the server or
 * the network is away, and optimistic locking — a stale write is never
 * applied; the server's newer value comes back as a conflict for the person
 * to decide. `use-autosave.ts` wires it into the form.
 */
import type { ItemKey, Score } from "@/lib/kurzcheck/keys";

export interface ItemValue {
  score: Score | null;
  note: string;
}

export interface ServerItem extends ItemValue {
  version: number;
}

export interface Conflict {
  mine: ItemValue;
  theirs: ItemValue & { version: number; updatedByName: string | null; updatedAt: string };
}

export type SaveStatus = { kind: "idle" } | { kind: "saving" } | { kind: "saved"; at: string } | { kind: "retrying" } | { kind: "error"; message: string };

/**
 * Where the answers of one questionnaire are saved: the team's check, or a
 * guest's perspective behind a personal link. `id` keys the browser's copy
 * of unsent changes; each item is PUT to `${saveBase}/${itemKey}`.
 */
export interface SaveTarget {
  id: string;
  saveBase: string;
}

export const DEBOUNCE_MS = 800;
export const RETRY_MS = [1_000, 2_000, 4_000, 8_000] as const;

export type Pending = Partial<Record<ItemKey, ItemValue & { baseVersion: number }>>;

/** What the queue needs of the browser; tests hand in their own. */
export interface QueueEnvironment {
  fetch: (url: string, init: { method: "PUT"; headers: Record<string, string>; body: string }) => Promise<Response>;
  /** The browser's storage; may throw (blocked): changes still go out, they just would not survive a reload. */
  storage: () => Pick<Storage, "getItem" | "setItem" | "removeItem">;
  setTimer: (run: () => void, ms: number) => unknown;
  clearTimer: (timer: unknown) => void;
}

/** What the queue tells the form. */
export interface QueueListener {
  status(status: SaveStatus): void;
  conflict(itemKey: ItemKey, conflict: Conflict): void;
}

/** Unsent changes per questionnaire, under this key in the browser's storage. */
export function pendingKey(id: string): string {
  return `kurzcheck.pending.${id}`;
}

export class AutosaveQueue {
  private readonly versions: Partial<Record<ItemKey, number>>;
  private readonly attempts: Partial<Record<ItemKey, number>> = {};
  private readonly timers: Partial<Record<ItemKey, unknown>> = {};
  private readonly inFlight = new Set<ItemKey>();
  /** Items waiting for their debounce or retry timer. */
  private readonly queued = new Set<ItemKey>();
  /** The unconfirmed changes where the browser refuses storage: they still go out, but would not survive a reload. */
  private memory: Pending = {};

  constructor(
    private readonly target: SaveTarget,
    initialVersions: Partial<Record<ItemKey, number>>,
    private readonly env: QueueEnvironment,
    private readonly listener: QueueListener,
  ) {
    this.versions = { ...initialVersions };
  }

  /** The unconfirmed changes in the browser's copy. */
  pending(): Pending {
    let stored: string | null;
    try {
      stored = this.env.storage().getItem(pendingKey(this.target.id));
    } catch {
      return { ...this.memory };
    }
    try {
      return JSON.parse(stored ?? "{}") as Pending;
    } catch {
      return {}; // unreadable leftovers: start afresh
    }
  }

  private writePending(pending: Pending): void {
    try {
      if (Object.keys(pending).length === 0) this.env.storage().removeItem(pendingKey(this.target.id));
      else this.env.storage().setItem(pendingKey(this.target.id), JSON.stringify(pending));
    } catch {
      this.memory = pending;
    }
  }

  /** The version the next save of `itemKey` is based on. */
  versionOf(itemKey: ItemKey): number {
    return this.versions[itemKey] ?? 0;
  }

  /** A change by the person: kept at once, sent after the debounce. */
  change(itemKey: ItemKey, value: ItemValue): void {
    const pending = this.pending();
    pending[itemKey] = { ...value, baseVersion: this.versionOf(itemKey) };
    this.writePending(pending);
    this.env.clearTimer(this.timers[itemKey]);
    this.queued.add(itemKey);
    this.listener.status({ kind: "saving" });
    this.timers[itemKey] = this.env.setTimer(() => void this.send(itemKey), DEBOUNCE_MS);
  }

  /**
   * "Gespeichert" only once nothing else is on its way: while another item
   * waits for its timer or its answer, a reload could still show the older value.
   */
  private reportSaved(at: string): void {
    this.listener.status(this.inFlight.size > 0 || this.queued.size > 0 ? { kind: "saving" } : { kind: "saved", at });
  }

  /** Sends the pending change of one item; retries itself while the server cannot be reached. */
  async send(itemKey: ItemKey): Promise<void> {
    this.queued.delete(itemKey);
    const pending = this.pending()[itemKey];
    if (!pending || this.inFlight.has(itemKey)) return;
    this.inFlight.add(itemKey);
    this.listener.status({ kind: "saving" });
    let response: Response | null = null;
    try {
      response = await this.env.fetch(`${this.target.saveBase}/${itemKey}`, {
        method: "PUT",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ score: pending.score, note: pending.note, baseVersion: pending.baseVersion }),
      });
    } catch {
      response = null; // offline or server gone
    } finally {
      this.inFlight.delete(itemKey);
    }
    const body = response ? ((await response.json().catch(() => null)) as Record<string, unknown> | null) : null;
    const stillPending = this.pending();
    const sent = stillPending[itemKey];
    const changedMeanwhile = sent && (sent.score !== pending.score || sent.note !== pending.note);

    if (response?.ok && body?.ok) {
      this.versions[itemKey] = body.version as number;
      this.attempts[itemKey] = 0;
      if (changedMeanwhile) {
        // The person typed on while this save was under way: send the newer value on the new version.
        stillPending[itemKey] = { ...sent, baseVersion: body.version as number };
        this.writePending(stillPending);
        void this.send(itemKey);
      } else {
        delete stillPending[itemKey];
        this.writePending(stillPending);
        this.reportSaved(body.savedAt as string);
      }
      return;
    }
    if (response?.status === 409 && body?.code === "conflict") {
      const theirs = body.current as Conflict["theirs"];
      if (theirs.score === pending.score && theirs.note === pending.note) {
        // The same value is already saved (e.g. an earlier save whose answer got lost): nothing to decide.
        this.versions[itemKey] = theirs.version;
        delete stillPending[itemKey];
        this.writePending(stillPending);
        this.reportSaved(theirs.updatedAt);
        return;
      }
      this.listener.conflict(itemKey, { mine: { score: pending.score, note: pending.note }, theirs });
      this.listener.status({ kind: "error", message: "Jemand anderes hat eine Frage inzwischen geändert. Bitte entscheiden Sie, welcher Wert gilt." });
      return;
    }
    if (response && response.status >= 400 && response.status < 500) {
      // Refused for good (signed out, check submitted, invalid): retrying would not help.
      this.listener.status({ kind: "error", message: (body?.message as string) ?? "Nicht gespeichert." });
      return;
    }
    const attempt = (this.attempts[itemKey] ?? 0) + 1;
    this.attempts[itemKey] = attempt;
    this.listener.status({ kind: "retrying" });
    this.queued.add(itemKey);
    this.timers[itemKey] = this.env.setTimer(() => void this.send(itemKey), RETRY_MS[Math.min(attempt - 1, RETRY_MS.length - 1)]!);
  }

  /** Resolves a conflict: keep one's own value (saved on top of theirs) or take theirs (nothing is sent). */
  resolve(itemKey: ItemKey, choice: "mine" | "theirs", conflict: Conflict): void {
    this.versions[itemKey] = conflict.theirs.version;
    const pending = this.pending();
    if (choice === "mine") {
      pending[itemKey] = { ...conflict.mine, baseVersion: conflict.theirs.version };
      this.writePending(pending);
      void this.send(itemKey);
    } else {
      delete pending[itemKey];
      this.writePending(pending);
      this.listener.status({ kind: "idle" });
    }
  }

  /** Sends everything not yet confirmed now; true when nothing is left. */
  async flush(): Promise<boolean> {
    for (const key of Object.keys(this.pending()) as ItemKey[]) {
      this.env.clearTimer(this.timers[key]);
      await this.send(key);
    }
    return Object.keys(this.pending()).length === 0;
  }

  /** Sends again what an earlier visit left unconfirmed (closed tab, lost connection); the values to show for them. */
  resume(): Partial<Record<ItemKey, ItemValue>> {
    const pending = this.pending();
    const keys = Object.keys(pending) as ItemKey[];
    for (const key of keys) void this.send(key);
    return Object.fromEntries(keys.map((key) => [key, { score: pending[key]!.score, note: pending[key]!.note }]));
  }
}
