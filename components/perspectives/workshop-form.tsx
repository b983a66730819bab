"use client";

import { ItemQuestion } from "@/components/check/item-question";
import { KeyboardHint } from "@/components/check/keyboard-hint";
import { useRef, useState } from "react";
import { ActionForm } from "@/components/ui/action-form";
import { SubmitButton } from "@/components/ui/form";
import { CHECK_ITEMS } from "@/lib/kurzcheck/items";
import { NOTE_MAX_LENGTH, type ItemKey, type Score } from "@/lib/kurzcheck/keys";
import { PERSPECTIVES } from "@/lib/kurzcheck/perspectives";
import type { FormAction } from "@/lib/actions/form-state";

/**
 * A workshop participant's questionnaire on a phone: "Ihre Perspektive", the
 * 13 items as in the check (same radio groups, texts and anchors) with an
 * optional note each, and "Antworten absenden" — all at once, anonymously.
 */
export function WorkshopForm({
  submitWorkshop,
  startAnswering,
  code,
}: {
  submitWorkshop: FormAction;
  /** Tells the facilitator's projector that someone is answering (once, at the first answer). */
  startAnswering: (code: string, participant: string) => Promise<void>;
  code: string;
}) {
  const [scores, setScores] = useState<Partial<Record<ItemKey, Score>>>({});
  // A random id of this browser for the projector's "still answering": nothing that identifies the person.
  const [participant] = useState(() => (typeof crypto !== "undefined" && "randomUUID" in crypto ? crypto.randomUUID() : ""));
  const started = useRef(false);
  const begin = () => {
    if (started.current || !participant) return;
    started.current = true;
    void startAnswering(code, participant);
  };
  const answered = Object.keys(scores).length;
  return (
    <ActionForm action={submitWorkshop} aria-label="Antworten im Workshop">
      {(state) => {
        const noteError = (key: ItemKey) => state.fieldErrors?.[`anmerkung-${key}`]?.[0];
        return (
          <>
            <input type="hidden" name="code" value={code} />
            <input type="hidden" name="participant" value={participant} />
            <fieldset
              role="radiogroup"
              aria-labelledby="perspektive-titel"
              aria-describedby={state.fieldErrors?.perspective ? "perspektive-fehler" : undefined}
              aria-invalid={state.fieldErrors?.perspective ? true : undefined}
              className="rounded-lg border border-line p-4"
            >
              <legend id="perspektive-titel" className="px-1 text-lg font-semibold">
                Ihre Perspektive
              </legend>
              <div className="mt-2 grid grid-cols-1 gap-2 sm:grid-cols-2">
                {Object.entries(PERSPECTIVES).map(([key, label]) => (
                  <label key={key} className="flex items-start gap-2">
                    <input
                      type="radio"
                      name="perspective"
                      value={key}
                      required
                      defaultChecked={state.values?.perspective === key}
                      onChange={begin}
                      className="mt-1 size-5 shrink-0 accent-brand-700"
                    />
                    <span>{label}</span>
                  </label>
                ))}
              </div>
              {state.fieldErrors?.perspective ? (
                <p id="perspektive-fehler" className="mt-1 font-semibold text-danger-700">
                  {state.fieldErrors.perspective[0]}
                </p>
              ) : null}
            </fieldset>
            <p className="mt-4 tabular-nums" aria-live="polite">
              {answered} von 13 beantwortet
            </p>
            <KeyboardHint />
            <ol aria-label="Fragen des Kurz-Checks" className="mt-4 space-y-5">
              {CHECK_ITEMS.map((item) => (
                <ItemQuestion
                  key={item.key}
                  item={item}
                  withEvidence={false}
                  value={scores[item.key] ?? null}
                  onChange={(score) => {
                    begin();
                    setScores((all) => ({ ...all, [item.key]: score }));
                  }}
                  error={state.fieldErrors?.[item.key]?.[0]}
                >
                  <div className="mt-3">
                    <label htmlFor={`anmerkung-${item.key}`} className="block font-semibold">
                      Anmerkung <span className="font-normal text-muted">(optional)</span>
                    </label>
                    <textarea
                      id={`anmerkung-${item.key}`}
                      name={`anmerkung-${item.key}`}
                      maxLength={NOTE_MAX_LENGTH}
                      rows={2}
                      defaultValue={state.values?.[`anmerkung-${item.key}`]}
                      aria-invalid={noteError(item.key) ? true : undefined}
                      aria-describedby={noteError(item.key) ? `anmerkung-${item.key}-fehler` : undefined}
                      className="mt-1 block w-full rounded border-2 border-[#6b7280] px-3 py-2"
                    />
                    {noteError(item.key) ? (
                      <p id={`anmerkung-${item.key}-fehler`} className="mt-1 font-semibold text-danger-700">
                        {noteError(item.key)}
                      </p>
                    ) : null}
                  </div>
                </ItemQuestion>
              ))}
            </ol>
            <SubmitButton>Antworten absenden</SubmitButton>
          </>
        );
      }}
    </ActionForm>
  );
}
