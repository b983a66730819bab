"use client";

import type { CheckItem } from "@/lib/kurzcheck/items";
import type { ItemAnchors } from "@/lib/kurzcheck/item-guidance";
import type { Score } from "@/lib/kurzcheck/keys";
import { RadioScale } from "@/components/ui/radio-scale";
import { useT } from "@/components/i18n/guest-intl";
import { ScaleAnchors } from "./scale-anchors";

/** An item as a questionnaire shows it: in German from lib/kurzcheck, or in a guest's language with its anchors. */
export type QuestionnaireItem = CheckItem & { anchors?: ItemAnchors; lang?: string };

/**
 * One of the 13 items as a card: "Frage n von 13 · Titel", the radio group
 * with the question as its name, the scale anchors, then whatever the form
 * adds (notes, hints, links). The trial and the workshop's phones render
 * it; the team's check and the personal links use the same structure and
 * classes as one HTML string (questionnaire-markup.ts): change one, change
 * both, so every questionnaire reads and is named alike.
 */
export function ItemQuestion({
  item,
  value,
  onChange,
  withEvidence = true,
  error,
  children,
}: {
  item: QuestionnaireItem;
  value: Score | null;
  onChange: (score: Score) => void;
  /** The evidence line under the question (left out on a phone in the workshop). */
  withEvidence?: boolean;
  error?: React.ReactNode;
  children?: React.ReactNode;
}) {
  const t = useT("fragebogen");
  return (
    <li lang={item.lang} className="rounded-lg border border-line p-4 sm:p-5">
      <p className="mb-1 text-sm font-semibold text-brand-600">{t("frageVon", { number: item.number, total: 13, title: item.title })}</p>
      <RadioScale
        name={item.key}
        legend={item.question}
        description={withEvidence ? item.evidence : undefined}
        value={value}
        onChange={onChange}
        error={error}
      />
      <ScaleAnchors itemKey={item.key} number={item.number} anchors={item.anchors} />
      {children}
    </li>
  );
}
