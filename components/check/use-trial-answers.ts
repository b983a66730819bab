"use client";

import { useCallback, useMemo, useSyncExternalStore } from "react";
import type { ItemKey, Score } from "@/lib/kurzcheck/keys";
import type { AnswerScores } from "@/lib/kurzcheck/scoring";
import { parseTrialAnswers, serializeTrialAnswers, TRIAL_KIND_STORAGE_KEY, TRIAL_STORAGE_KEY } from "@/lib/kurzcheck/trial-storage";
import { ORGANISATION_KINDS, type OrganisationKind } from "@/lib/organisations";

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
const memoryFallback = new Map<string, string | null>();

function readRaw(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return memoryFallback.get(key) ?? null;
  }
}

function writeRaw(key: string, raw: string | null) {
  try {
    if (raw === null) window.localStorage.removeItem(key);
    else window.localStorage.setItem(key, raw);
  } catch {
    memoryFallback.set(key, raw);
  }
  window.dispatchEvent(new Event(CHANGE_EVENT));
}

const write = (answers: AnswerScores | null) => writeRaw(TRIAL_STORAGE_KEY, answers === null ? null : serializeTrialAnswers(answers));
const readAnswers = () => readRaw(TRIAL_STORAGE_KEY);
const readKind = () => readRaw(TRIAL_KIND_STORAGE_KEY);

/** The stored answers as they are now (outside rendering: an effect, a handler). */
export const readTrialAnswers = (): AnswerScores => parseTrialAnswers(readAnswers());

/**
 * The anonymous trial's answers, kept in localStorage only. The server renders
 * the empty form; the stored answers appear right after hydration.
 */
export function useTrialAnswers() {
  const raw = useSyncExternalStore(subscribe, readAnswers, () => null);
  const answers = useMemo(() => parseTrialAnswers(raw), [raw]);
  const setAnswer = useCallback((key: ItemKey, score: Score) => write({ ...parseTrialAnswers(readAnswers()), [key]: score }), []);
  const reset = useCallback(() => write(null), []);
  /** All answers at once (undo, or a result opened from a link). */
  const replace = useCallback((next: AnswerScores) => write(next), []);
  return { answers, setAnswer, reset, replace };
}

/** The kind of Kommune the visitor chose for the trial (optional): it picks the variant of each next step. */
export function useTrialKind() {
  const raw = useSyncExternalStore(subscribe, readKind, () => null);
  const kind = raw && raw in ORGANISATION_KINDS ? (raw as OrganisationKind) : null;
  const setKind = useCallback((value: OrganisationKind | null) => writeRaw(TRIAL_KIND_STORAGE_KEY, value), []);
  return { kind, setKind };
}
