"use client";

import { useT } from "@/components/i18n/guest-intl";
import { usePercent } from "@/components/i18n/use-percent";
import type { ItemAnchors } from "@/lib/kurzcheck/item-guidance";
import { anchorsOf } from "@/lib/kurzcheck/next-steps";
import type { ItemKey } from "@/lib/kurzcheck/keys";

/**
 * What 0 %, 50 % and 100 % mean for one item, as a disclosure beside the
 * scale (a native <details>: opens by keyboard and screen reader alike, no
 * tooltip), so that two people's 60 % mean the same thing.
 */
export function ScaleAnchors({ itemKey, number, anchors: given }: { itemKey: ItemKey; number: number; anchors?: ItemAnchors }) {
  const anchors = given ?? anchorsOf(itemKey);
  const t = useT("fragebogen");
  const percent = usePercent();
  return (
    <details className="mt-3 max-w-3xl rounded border border-line bg-brand-50 px-3 py-2">
      <summary className="cursor-pointer font-semibold text-brand-900">
        {t("ankerFrage", { zero: percent(0), half: percent(50), full: percent(100), number })}
      </summary>
      <dl className="mt-2 grid grid-cols-[auto_minmax(0,1fr)] gap-x-3 gap-y-1">
        {(
          [
            [0, anchors.at0],
            [50, anchors.at50],
            [100, anchors.at100],
          ] as const
        ).map(([score, text]) => (
          <div key={score} className="contents">
            <dt className="font-semibold tabular-nums">{percent(score)}</dt>
            <dd className="min-w-0">{text}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
