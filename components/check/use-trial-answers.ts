"use client";

import { useCallback, useMemo, useSyncExternalStore } from "react";
import type { ItemKey, Score } from "@/lib/kurzcheck/keys";
import type { AnswerScores } from "@/lib/kurzcheck/scoring";
import { parseTrialAnswers, serializeTrialAnswers, TRIAL_STORAGE_KEY } from "@/lib/kurzcheck/trial-storage";

const CHANGE_EVENT = "kurzcheck-trial-change";

function subscribe(onChange: () => void) {
  // Other tabs report through "storage"; this tab through our own event.
  window.addEventListener("storage", onChange);
  window.addEventListener(CHANGE_EVENT, onChange);
  return () => {
    window.removeEventListener("storage", onChange);
    window.removeEventListener(CHANGE_EVENT, onChange);
  };
}

/** Used when storage is disabled (private mode, policy): the trial then works for this page view only. */
let memoryFallback: string | null = null;

function readRaw(): string | null {
  try {
    return window.localStorage.getItem(TRIAL_STORAGE_KEY);
  } catch {
    return memoryFallback;
  }
}

function write(answers: AnswerScores | null) {
  const raw = answers === null ? null : serializeTrialAnswers(answers);
  try {
    if (raw === null) window.localStorage.removeItem(TRIAL_STORAGE_KEY);
    else window.localStorage.setItem(TRIAL_STORAGE_KEY, raw);
  } catch {
    memoryFallback = raw;
  }
  window.dispatchEvent(new Event(CHANGE_EVENT));
}

/**
 * The anonymous trial's answers, kept in localStorage only. The server renders
 * the empty form; the stored answers appear right after hydration.
 */
export function useTrialAnswers() {
  const raw = useSyncExternalStore(subscribe, readRaw, () => null);
  const answers = useMemo(() => parseTrialAnswers(raw), [raw]);
  const setAnswer = useCallback(
    (key: ItemKey, score: Score) => write({ ...parseTrialAnswers(readRaw()), [key]: score }),
    [],
  );
  const reset = useCallback(() => write(null), []);
  return { answers, setAnswer, reset };
}
