"use client";

import { useCallback, useEffect, useMemo, useRef, useState } from "react";
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

const DEBOUNCE_MS = 800;
const RETRY_MS = [1_000, 2_000, 4_000, 8_000];

/** Unsent changes per check survive a reload or a crash: they live in the browser until the server confirms them. */
function pendingKey(checkId: string) {
  return `kurzcheck.pending.${checkId}`;
}

type Pending = Partial<Record<ItemKey, ItemValue & { baseVersion: number }>>;

function readPending(checkId: string): Pending {
  try {
    return JSON.parse(window.localStorage.getItem(pendingKey(checkId)) ?? "{}") as Pending;
  } catch {
    return {};
  }
}

function writePending(checkId: string, pending: Pending) {
  try {
    if (Object.keys(pending).length === 0) window.localStorage.removeItem(pendingKey(checkId));
    else window.localStorage.setItem(pendingKey(checkId), JSON.stringify(pending));
  } catch {
    // Without storage the changes still go out; they just would not survive a reload.
  }
}

/**
 * Where the answers of one questionnaire are saved: the team's check, or a
 * guest's perspective behind a personal link. `id` keys the browser's copy
 * of unsent changes; each item is PUT to `${saveBase}/${itemKey}`.
 */
export interface SaveTarget {
  id: string;
  saveBase: string;
}

interface SaveContext {
  checkId: string;
  saveBase: string;
  versions: React.RefObject<Partial<Record<ItemKey, number>>>;
  attempts: React.RefObject<Partial<Record<ItemKey, number>>>;
  inFlight: React.RefObject<Set<ItemKey>>;
  /** Items waiting for their debounce or retry timer. */
  queued: React.RefObject<Set<ItemKey>>;
  setStatus: (status: SaveStatus) => void;
  setConflicts: React.Dispatch<React.SetStateAction<Partial<Record<ItemKey, Conflict>>>>;
}

/**
 * "Gespeichert" only once nothing else is on its way: while another item waits
 * for its timer or its answer, a reload could still show the older value.
 */
function reportSaved(ctx: SaveContext, at: string) {
  ctx.setStatus(ctx.inFlight.current.size > 0 || ctx.queued.current.size > 0 ? { kind: "saving" } : { kind: "saved", at });
}

/** Sends the pending change of one item; retries itself while the server cannot be reached. */
async function sendItem(ctx: SaveContext, itemKey: ItemKey): Promise<void> {
  ctx.queued.current.delete(itemKey);
  const pending = readPending(ctx.checkId)[itemKey];
  if (!pending || ctx.inFlight.current.has(itemKey)) return;
  ctx.inFlight.current.add(itemKey);
  ctx.setStatus({ kind: "saving" });
  let response: Response | null = null;
  try {
    response = await fetch(`${ctx.saveBase}/${itemKey}`, {
      method: "PUT",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ score: pending.score, note: pending.note, baseVersion: pending.baseVersion }),
    });
  } catch {
    response = null; // offline or server gone
  } finally {
    ctx.inFlight.current.delete(itemKey);
  }
  const body = response ? ((await response.json().catch(() => null)) as Record<string, unknown> | null) : null;
  const stillPending = readPending(ctx.checkId);
  const sent = stillPending[itemKey];
  const changedMeanwhile = sent && (sent.score !== pending.score || sent.note !== pending.note);

  if (response?.ok && body?.ok) {
    ctx.versions.current[itemKey] = body.version as number;
    ctx.attempts.current[itemKey] = 0;
    if (changedMeanwhile) {
      // The user typed on while this save was under way: send the newer value on the new version.
      stillPending[itemKey] = { ...sent, baseVersion: body.version as number };
      writePending(ctx.checkId, stillPending);
      void sendItem(ctx, itemKey);
    } else {
      delete stillPending[itemKey];
      writePending(ctx.checkId, stillPending);
      reportSaved(ctx, body.savedAt as string);
    }
    return;
  }
  if (response?.status === 409 && body?.code === "conflict") {
    const theirs = body.current as Conflict["theirs"];
    if (theirs.score === pending.score && theirs.note === pending.note) {
      // The same value is already saved (e.g. an earlier save whose answer got lost): nothing to decide.
      ctx.versions.current[itemKey] = theirs.version;
      delete stillPending[itemKey];
      writePending(ctx.checkId, stillPending);
      reportSaved(ctx, theirs.updatedAt);
      return;
    }
    ctx.setConflicts((all) => ({ ...all, [itemKey]: { mine: { score: pending.score, note: pending.note }, theirs } }));
    ctx.setStatus({ kind: "error", message: "Jemand anderes hat eine Frage inzwischen geändert. Bitte entscheiden Sie, welcher Wert gilt." });
    return;
  }
  if (response && response.status >= 400 && response.status < 500) {
    // Refused for good (signed out, check submitted, invalid): retrying would not help.
    ctx.setStatus({ kind: "error", message: (body?.message as string) ?? "Nicht gespeichert." });
    return;
  }
  const attempt = (ctx.attempts.current[itemKey] ?? 0) + 1;
  ctx.attempts.current[itemKey] = attempt;
  ctx.setStatus({ kind: "retrying" });
  ctx.queued.current.add(itemKey);
  window.setTimeout(() => void sendItem(ctx, itemKey), RETRY_MS[Math.min(attempt - 1, RETRY_MS.length - 1)]);
}

/**
 * Per-item autosave with optimistic locking. Each change is debounced, kept in
 * the browser until the server confirms it, retried while the server or the
 * network is down, and never overwrites someone else's newer value: a
 * conflict is handed to the user to decide.
 */
export function useAutosave(target: SaveTarget, initial: Partial<Record<ItemKey, ServerItem>>) {
  const { id: checkId, saveBase } = target;
  const [values, setValues] = useState<Partial<Record<ItemKey, ItemValue>>>(() =>
    Object.fromEntries(Object.entries(initial).map(([key, item]) => [key, { score: item!.score, note: item!.note }])),
  );
  const [conflicts, setConflicts] = useState<Partial<Record<ItemKey, Conflict>>>({});
  const [status, setStatus] = useState<SaveStatus>({ kind: "idle" });
  const versions = useRef<Partial<Record<ItemKey, number>>>(Object.fromEntries(Object.entries(initial).map(([key, item]) => [key, item!.version])));
  const timers = useRef<Partial<Record<ItemKey, number>>>({});
  const attempts = useRef<Partial<Record<ItemKey, number>>>({});
  const inFlight = useRef(new Set<ItemKey>());
  const queued = useRef(new Set<ItemKey>());

  const ctx = useMemo<SaveContext>(() => ({ checkId, saveBase, versions, attempts, inFlight, queued, setStatus, setConflicts }), [checkId, saveBase]);
  const send = useCallback((itemKey: ItemKey) => sendItem(ctx, itemKey), [ctx]);

  const change = useCallback(
    (itemKey: ItemKey, value: Partial<ItemValue>) => {
      setValues((all) => {
        const next = { score: null, note: "", ...all[itemKey], ...value };
        const pending = readPending(checkId);
        pending[itemKey] = { ...next, baseVersion: versions.current[itemKey] ?? 0 };
        writePending(checkId, pending);
        return { ...all, [itemKey]: next };
      });
      window.clearTimeout(timers.current[itemKey]);
      queued.current.add(itemKey);
      setStatus({ kind: "saving" });
      timers.current[itemKey] = window.setTimeout(() => void send(itemKey), DEBOUNCE_MS);
    },
    [checkId, send],
  );

  /** Resolves a conflict: keep one's own value (saved on top of theirs) or take theirs. */
  const resolve = useCallback(
    (itemKey: ItemKey, choice: "mine" | "theirs") => {
      const conflict = conflicts[itemKey];
      if (!conflict) return;
      versions.current[itemKey] = conflict.theirs.version;
      setConflicts((all) => {
        const rest = { ...all };
        delete rest[itemKey];
        return rest;
      });
      if (choice === "mine") {
        const pending = readPending(checkId);
        pending[itemKey] = { ...conflict.mine, baseVersion: conflict.theirs.version };
        writePending(checkId, pending);
        void send(itemKey);
      } else {
        const pending = readPending(checkId);
        delete pending[itemKey];
        writePending(checkId, pending);
        setValues((all) => ({ ...all, [itemKey]: { score: conflict.theirs.score, note: conflict.theirs.note } }));
        setStatus({ kind: "idle" });
      }
    },
    [checkId, conflicts, send],
  );

  /** Sends everything not yet confirmed; true when nothing is left. */
  const flush = useCallback(async () => {
    for (const key of Object.keys(readPending(checkId)) as ItemKey[]) {
      window.clearTimeout(timers.current[key]);
      await send(key);
    }
    return Object.keys(readPending(checkId)).length === 0;
  }, [checkId, send]);

  // Changes left over from an earlier visit (closed tab, lost connection) are shown and sent again.
  useEffect(() => {
    const pending = readPending(checkId);
    const keys = Object.keys(pending) as ItemKey[];
    if (keys.length === 0) return;
    let active = true;
    // Shown after hydration (the server rendered the saved values), then sent.
    queueMicrotask(() => {
      if (active) setValues((all) => ({ ...all, ...Object.fromEntries(keys.map((key) => [key, { score: pending[key]!.score, note: pending[key]!.note }])) }));
    });
    keys.forEach((key) => void send(key));
    return () => {
      active = false;
    };
  }, [checkId, send]);

  return { values, conflicts, status, change, resolve, flush };
}
