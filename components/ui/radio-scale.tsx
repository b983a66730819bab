"use client";

import { usePercent } from "@/components/i18n/use-percent";
import { SCALE, type Score } from "@/lib/kurzcheck/keys";

/**
 * One Kurz-Check item as a native radio group (fieldset + legend): arrow keys
 * move between "0 %" … "100 %", Space selects, Tab leaves the group.
 */
export function RadioScale({
  name,
  legend,
  description,
  value,
  onChange,
  error,
}: {
  name: string;
  legend: React.ReactNode;
  description?: React.ReactNode;
  value: Score | null;
  onChange: (value: Score) => void;
  error?: React.ReactNode;
}) {
  const percent = usePercent();
  const descriptionId = description ? `${name}-hinweis` : undefined;
  const errorId = error ? `${name}-fehler` : undefined;
  const legendId = `${name}-frage`;
  return (
    <fieldset
      role="radiogroup"
      aria-labelledby={legendId}
      aria-describedby={[descriptionId, errorId].filter(Boolean).join(" ") || undefined}
      aria-invalid={error ? true : undefined}
    >
      <legend id={legendId} className="font-semibold">
        {legend}
      </legend>
      {description ? (
        <div id={descriptionId} className="mt-1 text-sm text-muted">
          {description}
        </div>
      ) : null}
      <div className="mt-3 flex flex-wrap gap-1.5">
        {SCALE.map((score) => (
          // The label wraps its input: no ids to pair, one element less per step (143 on the check page).
          <label key={score} className="scale-option">
            <input type="radio" name={name} value={score} checked={value === score} onChange={() => onChange(score)} className="sr-only" />
            {percent(score)}
          </label>
        ))}
      </div>
      {error ? (
        <p id={errorId} className="mt-2 font-semibold text-danger-700">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
