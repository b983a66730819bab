"use client";

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
  error?: string;
}) {
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
        {SCALE.map((score) => {
          const id = `${name}-${score}`;
          return (
            <span key={score}>
              <input
                type="radio"
                id={id}
                name={name}
                value={score}
                checked={value === score}
                onChange={() => onChange(score)}
                className="peer sr-only"
              />
              <label
                htmlFor={id}
                className="inline-block min-w-14 cursor-pointer rounded border-2 border-line bg-white px-2 py-1.5 text-center tabular-nums hover:border-brand-600 peer-checked:border-brand-700 peer-checked:bg-brand-700 peer-checked:text-white peer-focus-visible:outline-3 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-[#0b57d0]"
              >
                {score} %
              </label>
            </span>
          );
        })}
      </div>
      {error ? (
        <p id={errorId} className="mt-2 font-semibold text-danger-700">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
