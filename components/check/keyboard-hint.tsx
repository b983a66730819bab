"use client";

import { useT } from "@/components/i18n/guest-intl";
import { usePercent } from "@/components/i18n/use-percent";

/**
 * Said once above the questions: with Tab alone a scale offers only its
 * first step, so people who use the keyboard learn how to reach the others.
 */
export function KeyboardHint() {
  const t = useT("fragebogen");
  const percent = usePercent();
  return <p className="mt-4 max-w-3xl text-sm text-muted">{t("tastatur", { zero: percent(0), full: percent(100) })}</p>;
}
