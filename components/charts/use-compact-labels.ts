"use client";

import { useEffect, useState } from "react";
import type { Chart } from "chart.js";

/**
 * Whether a chart must label its items by number only: its box is narrower
 * than `fullFromPx`, or the page is being printed (Chart.js does not follow
 * the page into print layout by itself, so the chart is resized around it).
 */
export function useCompactLabels(box: React.RefObject<HTMLElement | null>, chart: React.RefObject<Chart | null | undefined>, fullFromPx: number): boolean {
  const [compact, setCompact] = useState(true);
  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const fit = () => setCompact(element.clientWidth < fullFromPx || window.matchMedia("print").matches);
    fit();
    const observer = new ResizeObserver(fit);
    observer.observe(element);
    const beforePrint = () => {
      setCompact(true);
      chart.current?.resize();
    };
    const afterPrint = () => {
      fit();
      chart.current?.resize();
    };
    window.addEventListener("beforeprint", beforePrint);
    window.addEventListener("afterprint", afterPrint);
    return () => {
      observer.disconnect();
      window.removeEventListener("beforeprint", beforePrint);
      window.removeEventListener("afterprint", afterPrint);
    };
  }, [box, chart, fullFromPx]);
  return compact;
}

/** The number in front of a label such as "3. Integrationskonzept", for a compact chart. */
export const numberOf = (label: string, index: number) => /^(\d+)\./.exec(label)?.[1] ?? String(index + 1);
