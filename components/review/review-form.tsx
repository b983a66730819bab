"use client";

import { formatPercent } from "@/lib/format";
import { useActionState } from "react";
import { releaseFeedbackAction, returnCheckAction, saveDraftCommentsAction } from "@/app/beratung/actions";
import { ActionForm } from "@/components/ui/action-form";
import { buttonClasses } from "@/components/ui/button";
import { FormMessage, SubmitButton, TextAreaField } from "@/components/ui/form";
import { initialFormState } from "@/lib/actions/form-state";
import { CHECK_ITEMS } from "@/lib/kurzcheck/items";
import type { ItemKey } from "@/lib/kurzcheck/keys";
import { COMMENT_FIELD_PREFIX } from "@/lib/validation/review-fields";
import type { DraftComments } from "@/lib/services/reviews";

export interface ReviewItem {
  itemKey: ItemKey;
  score: number | null;
  note: string;
  previousScore: number | null;
}

/**
 * The review of a check in progress: every answer with its note and the
 * change since the previous round, a "Kommentar" per item and overall.
 * Comments stay drafts until "Feedback freigeben" releases them all.
 */
export function ReviewForm({ checkId, items, drafts }: { checkId: string; items: ReviewItem[]; drafts: DraftComments }) {
  const [draftState, saveDrafts] = useActionState(saveDraftCommentsAction, initialFormState);
  const [releaseState, release] = useActionState(releaseFeedbackAction, initialFormState);
  const state = releaseState.status !== "idle" ? releaseState : draftState;

  return (
    <>
      <form action={saveDrafts} noValidate>
        <input type="hidden" name="checkId" value={checkId} />
        <ol aria-label="Antworten der Kommune" className="space-y-5">
          {CHECK_ITEMS.map((item) => {
            const answer = items.find((i) => i.itemKey === item.key);
            const change = answer?.score !== null && answer?.score !== undefined && answer.previousScore !== null ? answer.score - answer.previousScore : null;
            const field = `${COMMENT_FIELD_PREFIX}${item.key}`;
            return (
              <li key={item.key} className="rounded-lg border border-line p-4">
                <h3 className="font-semibold">
                  Frage {item.number}: {item.title}
                </h3>
                <p className="text-sm text-muted">{item.question}</p>
                <p className="mt-2">
                  Einschätzung: <strong>{answer?.score === null || answer?.score === undefined ? "–" : formatPercent(answer.score)}</strong>
                  {change !== null ? ` (Veränderung zur Vorrunde: ${change > 0 ? "+" : change < 0 ? "−" : "±"}${Math.abs(change)} Prozentpunkte)` : ""}
                </p>
                {answer?.note ? <p className="mt-1 whitespace-pre-line rounded bg-brand-50 p-2">Anmerkung der Kommune: {answer.note}</p> : null}
                <TextAreaField name={field} id={field} label="Kommentar" markOptional={false} defaultValue={drafts[item.key] ?? ""} maxLength={5000} rows={2} state={state} hint={`Ihr Kommentar zu Frage ${item.number}; die Kommune sieht ihn erst nach der Freigabe.`} />
              </li>
            );
          })}
        </ol>
        <section aria-labelledby="gesamt-titel" className="mt-8 rounded-lg border-2 border-brand-700 p-4">
          <h3 id="gesamt-titel" className="text-xl font-semibold">
            Gesamteinschätzung und Empfehlungen
          </h3>
          <TextAreaField name={`${COMMENT_FIELD_PREFIX}gesamt`} id="kommentar-gesamt" label="Kommentar" markOptional={false} defaultValue={drafts.gesamt ?? ""} maxLength={5000} rows={5} state={state} hint="Erscheint auch im Bericht der Kommune für den Rat." />
        </section>
        <FormMessage state={state} />
        <div className="mt-6 flex flex-wrap gap-4">
          <SubmitButton variant="secondary">Entwurf speichern</SubmitButton>
          <button type="submit" formAction={release} className={buttonClasses("primary", "mt-6")}>
            Feedback freigeben
          </button>
        </div>
      </form>

      <section aria-labelledby="zurueck-titel" className="mt-12 max-w-3xl rounded-lg border border-line p-4">
        <h3 id="zurueck-titel" className="text-xl font-semibold">
          Zurück an die Kommune
        </h3>
        <p className="mt-1">Wenn Angaben fehlen oder widersprüchlich sind, geben Sie den Check als Entwurf zurück. Die Kommune sieht Ihre Begründung.</p>
        <ActionForm action={returnCheckAction}>
          {(returnState) => (
            <>
              <input type="hidden" name="checkId" value={checkId} />
              <TextAreaField name="reason" label="Begründung" required maxLength={5000} rows={3} state={returnState} />
              <SubmitButton variant="secondary">Zurück an die Kommune</SubmitButton>
            </>
          )}
        </ActionForm>
      </section>
    </>
  );
}
