"use client";

import { memo, useCallback, useEffect, useRef, useState } from "react";
import { forgetStoredDraft, useStoredDraft } from "@/components/guests/stored-draft";
import { ItemQuestion, type QuestionnaireItem } from "@/components/check/item-question";
import { KeyboardHint } from "@/components/check/keyboard-hint";
import { useT } from "@/components/i18n/guest-intl";
import { ActionForm } from "@/components/ui/action-form";
import { SubmitButton } from "@/components/ui/form";
import type { FormAction } from "@/lib/actions/form-state";
import { NOTE_MAX_LENGTH, type ItemKey, type Score } from "@/lib/kurzcheck/keys";
import { PERSPECTIVE_KEYS, type PerspectiveKey } from "@/lib/kurzcheck/perspectives";

interface Draft {
  perspective: PerspectiveKey | null;
  scores: Partial<Record<ItemKey, Score>>;
  notes: Partial<Record<ItemKey, string>>;
}

/** What a participant has answered so far stays on the phone (a dropped tab, a reload), until it is sent. */
export const workshopDraftKey = (code: string) => `kurzcheck.workshop.${code}`;

function parseDraft(stored: unknown): Draft | null {
  if (!stored || typeof stored !== "object") return null;
  const raw = stored as Partial<Draft>;
  const perspective = PERSPECTIVE_KEYS.includes(raw.perspective as PerspectiveKey) ? (raw.perspective as PerspectiveKey) : null;
  const scores = raw.scores && typeof raw.scores === "object" ? raw.scores : {};
  if (perspective === null && Object.keys(scores).length === 0) return null;
  return { perspective, scores, notes: raw.notes && typeof raw.notes === "object" ? raw.notes : {} };
}

const EMPTY: Draft = { perspective: null, scores: {}, notes: {} };

/**
 * A workshop participant's questionnaire on a phone: "Ihre Perspektive", the
 * 13 items as in the check (same radio groups, texts and anchors) with an
 * optional note each, and "Antworten absenden" — all at once, anonymously, in
 * the participant's language. What is answered stays on the phone until sent.
 */
export function WorkshopForm({
  submitWorkshop,
  startAnswering,
  code,
  items,
  locale,
}: {
  submitWorkshop: FormAction;
  /** Tells the facilitator's projector that someone is answering (once, at the first answer). */
  startAnswering: (code: string, participant: string) => Promise<void>;
  code: string;
  /** The 13 items in the participant's language. */
  items: readonly QuestionnaireItem[];
  /** The page's language, sent along so that a refusal comes back in it. */
  locale: string;
}) {
  const t = useT("fragebogen");
  const w = useT("workshop");
  const p = useT("perspektiven");
  const { draft, update: store, restored } = useStoredDraft(workshopDraftKey(code), EMPTY, parseDraft);
  // A random id of this browser for the projector's "still answering": nothing that identifies the person.
  const [participant] = useState(() => (typeof crypto !== "undefined" && "randomUUID" in crypto ? crypto.randomUUID() : ""));
  const started = useRef(false);

  // Stable, so that a tap re-renders only the question it changed (interaction to next paint on slow phones).
  const update = useCallback(
    (change: (current: Draft) => Draft) => {
      if (!started.current && participant) {
        started.current = true;
        void startAnswering(code, participant);
      }
      store(change);
    },
    [code, participant, startAnswering, store],
  );
  const setScore = useCallback((key: ItemKey, score: Score) => update((current) => ({ ...current, scores: { ...current.scores, [key]: score } })), [update]);
  const setNote = useCallback((key: ItemKey, note: string) => update((current) => ({ ...current, notes: { ...current.notes, [key]: note } })), [update]);
  const answered = Object.keys(draft.scores).length;
  return (
    <ActionForm action={submitWorkshop} aria-label={w.text("formName")}>
      {(state) => {
        return (
          <>
            <input type="hidden" name="code" value={code} />
            <input type="hidden" name="participant" value={participant} />
            <input type="hidden" name="sprache" value={locale} />
            {restored ? (
              <p role="status" className="mt-4 rounded bg-brand-50 p-3">
                {w("gesichert")}
              </p>
            ) : null}
            <fieldset
              role="radiogroup"
              aria-labelledby="perspektive-titel"
              aria-describedby={state.fieldErrors?.perspective ? "perspektive-fehler" : undefined}
              aria-invalid={state.fieldErrors?.perspective ? true : undefined}
              className="mt-4 rounded-lg border border-line p-4"
            >
              <legend id="perspektive-titel" className="px-1 text-lg font-semibold">
                {w("perspektive")}
              </legend>
              <div className="mt-2 grid grid-cols-1 gap-2 sm:grid-cols-2">
                {PERSPECTIVE_KEYS.map((key) => (
                  <label key={key} className="flex items-start gap-2">
                    <input
                      type="radio"
                      name="perspective"
                      value={key}
                      required
                      checked={draft.perspective === key}
                      onChange={() => update((current) => ({ ...current, perspective: key }))}
                      className="mt-1 size-5 shrink-0 accent-brand-700"
                    />
                    <span>{p(key)}</span>
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
              {t("beantwortet", { answered, total: 13 })}
            </p>
            <KeyboardHint />
            <ol aria-label={t.text("fragen")} className="mt-4 space-y-5">
              {items.map((item) => (
                <WorkshopItem
                  key={item.key}
                  item={item}
                  score={draft.scores[item.key] ?? null}
                  note={draft.notes[item.key] ?? ""}
                  error={state.fieldErrors?.[item.key]?.[0]}
                  noteError={state.fieldErrors?.[`anmerkung-${item.key}`]?.[0]}
                  onScore={setScore}
                  onNote={setNote}
                />
              ))}
            </ol>
            <SubmitButton>{t("absenden")}</SubmitButton>
          </>
        );
      }}
    </ActionForm>
  );
}

/** One question of the workshop form with its optional note; memoised, so a tap elsewhere leaves it alone. */
const WorkshopItem = memo(function WorkshopItem({
  item,
  score,
  note,
  error,
  noteError,
  onScore,
  onNote,
}: {
  item: QuestionnaireItem;
  score: Score | null;
  note: string;
  error?: string;
  noteError?: string;
  onScore: (key: ItemKey, score: Score) => void;
  onNote: (key: ItemKey, note: string) => void;
}) {
  const t = useT("fragebogen");
  const noteId = `anmerkung-${item.key}`;
  return (
    <ItemQuestion item={item} withEvidence={false} value={score} onChange={(chosen) => onScore(item.key, chosen)} error={error}>
      <div className="mt-3">
        <label htmlFor={noteId} className="block font-semibold">
          {t("anmerkung")} <span className="font-normal text-muted">{t("optional")}</span>
        </label>
        <textarea
          id={noteId}
          name={noteId}
          maxLength={NOTE_MAX_LENGTH}
          rows={2}
          value={note}
          onChange={(event) => onNote(item.key, event.target.value)}
          aria-invalid={noteError ? true : undefined}
          aria-describedby={noteError ? `${noteId}-fehler` : undefined}
          className="mt-1 block w-full rounded border-2 border-[#6b7280] px-3 py-2"
        />
        {noteError ? (
          <p id={`${noteId}-fehler`} className="mt-1 font-semibold text-danger-700">
            {noteError}
          </p>
        ) : null}
      </div>
    </ItemQuestion>
  );
});

/** On the thank-you page: the sent answers need not stay on the phone. */
export function ForgetWorkshopDraft({ code }: { code: string }) {
  useEffect(() => forgetStoredDraft(workshopDraftKey(code)), [code]);
  return null;
}
