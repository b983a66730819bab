"use client";

import { useEffect } from "react";
import { TRIAL_STORAGE_KEY } from "@/lib/kurzcheck/trial-storage";

/** After the registration took the trial over, the browser copy is no longer needed. */
export function ClearTrialAnswers() {
  useEffect(() => {
    try {
      window.localStorage.removeItem(TRIAL_STORAGE_KEY);
    } catch {
      // Storage disabled: nothing was kept.
    }
  }, []);
  return null;
}
