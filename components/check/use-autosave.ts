"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { ItemKey } from "@/lib/kurzcheck/keys";
import { AutosaveQueue, type Conflict, type ItemValue, type SaveStatus, type SaveTarget, type ServerItem } from "./autosave-queue";

export type { Conflict, ItemValue, SaveStatus, SaveTarget, ServerItem } from "./autosave-queue";

/** The browser's parts, reached only when used (the form also renders on the server). */
function browserEnvironment() {
  return {
    fetch: (url: string, init: RequestInit) => window.fetch(url, init),
    storage: () => window.localStorage,
    setTimer: (run: () => void, ms: number) => window.setTimeout(run, ms),
    clearTimer: (timer: unknown) => window.clearTimeout(timer as number | undefined),
  };
}

/**
 * Per-item autosave with optimistic locking (the queue is autosave-queue.ts):
 * each change is debounced, kept in the browser until the server confirms it,
 * retried while the server or the network is down, and never overwrites
 * someone else's newer value: a conflict is handed to the person to decide.
 */
export function useAutosave(target: SaveTarget, initial: Partial<Record<ItemKey, ServerItem>>) {
  const { id, saveBase } = target;
  const [values, setShownValues] = useState<Partial<Record<ItemKey, ItemValue>>>(() =>
    Object.fromEntries(Object.entries(initial).map(([key, item]) => [key, { score: item!.score, note: item!.note }])),
  );
  // The latest values for event handlers, so a change is computed and queued outside React's updater.
  const latest = useRef(values);
  const setValues = useCallback((update: (all: Partial<Record<ItemKey, ItemValue>>) => Partial<Record<ItemKey, ItemValue>>) => {
    latest.current = update(latest.current);
    setShownValues(latest.current);
  }, []);
  const [conflicts, setConflicts] = useState<Partial<Record<ItemKey, Conflict>>>({});
  const [status, setStatus] = useState<SaveStatus>({ kind: "idle" });
  const [queue] = useState(
    () =>
      new AutosaveQueue({ id, saveBase }, Object.fromEntries(Object.entries(initial).map(([key, item]) => [key, item!.version])), browserEnvironment(), {
        status: setStatus,
        conflict: (itemKey, conflict) => setConflicts((all) => ({ ...all, [itemKey]: conflict })),
      }),
  );

  const change = useCallback(
    (itemKey: ItemKey, value: Partial<ItemValue>) => {
      const next = { score: null, note: "", ...latest.current[itemKey], ...value };
      setValues((all) => ({ ...all, [itemKey]: next }));
      queue.change(itemKey, next);
    },
    [queue, setValues],
  );

  /** Resolves a conflict: keep one's own value (saved on top of theirs) or take theirs. */
  const resolve = useCallback(
    (itemKey: ItemKey, choice: "mine" | "theirs") => {
      const conflict = conflicts[itemKey];
      if (!conflict) return;
      setConflicts((all) => {
        const rest = { ...all };
        delete rest[itemKey];
        return rest;
      });
      queue.resolve(itemKey, choice, conflict);
      if (choice === "theirs") setValues((all) => ({ ...all, [itemKey]: { score: conflict.theirs.score, note: conflict.theirs.note } }));
    },
    [conflicts, queue, setValues],
  );

  /** Sends everything not yet confirmed; true when nothing is left. */
  const flush = useCallback(() => queue.flush(), [queue]);

  // Changes left over from an earlier visit (closed tab, lost connection) are shown and sent again.
  useEffect(() => {
    const resumed = queue.resume();
    if (Object.keys(resumed).length === 0) return;
    let active = true;
    // Shown after hydration (the server rendered the saved values).
    queueMicrotask(() => {
      if (active) setValues((all) => ({ ...all, ...resumed }));
    });
    return () => {
      active = false;
    };
  }, [queue, setValues]);

  return { values, conflicts, status, change, resolve, flush };
}
