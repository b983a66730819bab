"use client";

import { useLocale } from "next-intl";
import { useMemo } from "react";
import { percentFormatter } from "@/lib/i18n/percent";

/** Percent in the page's language (see percentFormatter). */
export function usePercent(): (value: number) => string {
  const locale = useLocale();
  return useMemo(() => percentFormatter(locale), [locale]);
}
