import { formatPercent } from "@/lib/format";
import { CHECK_ITEMS, type CheckItem } from "@/lib/kurzcheck/items";
import type { ItemKey } from "@/lib/kurzcheck/keys";
import { ScaleAnchors } from "./scale-anchors";

export interface AnswerRow {
  itemKey: ItemKey;
  score: number | null;
  note: string;
  /** The same item in the previous submitted round, for the change. */
  previousScore?: number | null;
}

function changeText(score: number | null, previous: number | null | undefined): string {
  if (score === null || previous === null || previous === undefined) return "";
  const delta = score - previous;
  return ` (Veränderung zur Vorrunde: ${delta > 0 ? "+" : delta < 0 ? "−" : "±"}${Math.abs(delta)} Prozentpunkte)`;
}

/**
 * The 13 answers of a round as the Kommune gave them — question, score,
 * change since the previous round and the Kommune's note — with room under
 * each item for what the page adds (an advisor's comment field, the
 * feedback thread). Used wherever a submitted round is read: the Kommune's
 * result and read-only check, the advisor's review before, during and after.
 */
export function AnswerList({
  answers,
  label,
  noteLabel,
  headingLevel = 3,
  extra,
}: {
  answers: readonly AnswerRow[];
  /** Accessible name of the list. */
  label: string;
  /** "Ihre Anmerkung" for the Kommune, "Anmerkung der Kommune" for advisors. */
  noteLabel: string;
  headingLevel?: 3 | 4;
  extra?: (item: CheckItem) => React.ReactNode;
}) {
  const Heading = `h${headingLevel}` as const;
  return (
    <ol aria-label={label} className="space-y-5">
      {CHECK_ITEMS.map((item) => {
        const answer = answers.find((a) => a.itemKey === item.key);
        const score = answer?.score ?? null;
        return (
          <li key={item.key} id={`zu-frage-${item.key}`} className="scroll-mt-4 rounded-lg border border-line p-4">
            <Heading className="font-semibold">
              Frage {item.number}: {item.title}
            </Heading>
            <p className="text-sm text-muted">{item.question}</p>
            <ScaleAnchors itemKey={item.key} number={item.number} />
            <p className="mt-2">
              Einschätzung: <strong>{score === null ? "–" : formatPercent(score)}</strong>
              {changeText(score, answer?.previousScore)}
            </p>
            {answer?.note ? (
              <p className="mt-1 whitespace-pre-line rounded bg-brand-50 p-2">
                <span className="font-semibold">{noteLabel}:</span> {answer.note}
              </p>
            ) : null}
            {extra?.(item)}
          </li>
        );
      })}
    </ol>
  );
}
