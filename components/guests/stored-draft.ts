"use client";

import { useCallback, useEffect, useState } from "react";

/**
 * What a guest has answered so far, kept on their device (localStorage) until
 * it is sent: a phone that drops the tab or a reload loses nothing. `parse`
 * checks what was stored (it may be old or hand-edited) and returns null to
 * start empty. The draft comes back after hydration, since the server
 * rendered the empty form; `restored` says whether anything came back.
 * Pass `parse` as a function of the module (not an inline arrow), or the
 * draft would be read again on every render.
 */
export function useStoredDraft<Draft>(storageKey: string, empty: Draft, parse: (stored: unknown) => Draft | null) {
  const [draft, setDraft] = useState<Draft>(empty);
  const [restored, setRestored] = useState(false);
  useEffect(() => {
    let saved: Draft | null = null;
    try {
      saved = parse(JSON.parse(window.localStorage.getItem(storageKey) ?? "null"));
    } catch {
      saved = null; // storage blocked or a broken value: start empty
    }
    if (!saved) return;
    const found = saved;
    queueMicrotask(() => {
      setDraft(found);
      setRestored(true);
    });
    // Callers pass a function of their module, so `parse` never changes and the key decides what is read.
  }, [storageKey, parse]);
  /** Changes the draft and stores it at once. Stable, so memoised rows stay untouched by other rows' taps. */
  const update = useCallback(
    (change: (current: Draft) => Draft) => {
      setDraft((current) => {
        const next = change(current);
        try {
          window.localStorage.setItem(storageKey, JSON.stringify(next));
        } catch {
          // Without storage the form still works; it just would not survive a reload.
        }
        return next;
      });
    },
    [storageKey],
  );
  return { draft, update, restored };
}

/** On a thank-you page: the sent answers need not stay on the device. */
export function forgetStoredDraft(storageKey: string) {
  try {
    window.localStorage.removeItem(storageKey);
  } catch {
    // nothing was kept
  }
}
