import type { CheckItem } from "@/lib/kurzcheck/items";
import type { Score } from "@/lib/kurzcheck/keys";
import { RadioScale } from "@/components/ui/radio-scale";
import { ScaleAnchors } from "./scale-anchors";

/**
 * One of the 13 items as a card: "Frage n von 13 · Titel", the radio group
 * with the question as its name, the scale anchors, then whatever the form
 * adds (notes, hints, links). The same in the check, the trial and the
 * perspectives, so every questionnaire reads and is named alike.
 */
export function ItemQuestion({
  item,
  value,
  onChange,
  withEvidence = true,
  error,
  children,
}: {
  item: CheckItem;
  value: Score | null;
  onChange: (score: Score) => void;
  /** The evidence line under the question (left out on a phone in the workshop). */
  withEvidence?: boolean;
  error?: string;
  children?: React.ReactNode;
}) {
  return (
    <li className="rounded-lg border border-line p-4 sm:p-5">
      <p className="mb-1 text-sm font-semibold text-brand-600">
        Frage {item.number} von 13 · {item.title}
      </p>
      <RadioScale
        name={item.key}
        legend={item.question}
        description={withEvidence ? item.evidence : undefined}
        value={value}
        onChange={onChange}
        error={error}
      />
      <ScaleAnchors itemKey={item.key} number={item.number} />
      {children}
    </li>
  );
}
