"use client";

import { useActionState, useState } from "react";
import { ActionForm } from "@/components/ui/action-form";
import { buttonClasses } from "@/components/ui/button";
import { FormMessage, SubmitButton, TextAreaField } from "@/components/ui/form";
import { initialFormState, type FormAction, type FormState } from "@/lib/actions/form-state";
import { AnswerList, type AnswerRow } from "@/components/check/answer-list";
import { Section } from "@/components/ui/section";
import { COMMENT_FIELD_PREFIX } from "@/lib/validation/review-fields";
import type { DraftComments } from "@/lib/services/reviews";

/**
 * The review of a check in progress: every answer with its note and the
 * change since the previous round, a "Kommentar" per item and overall.
 * Comments stay drafts until "Rückmeldung freigeben" releases them all.
 */
/** The server actions this form posts to; its page hands them in. */
export interface ReviewActions {
  releaseFeedback: FormAction;
  returnCheck: FormAction;
  saveDraftComments: FormAction;
}

export function ReviewForm({
  actions,
  checkId,
  items,
  drafts,
}: {
  actions: ReviewActions;
  checkId: string;
  items: readonly AnswerRow[];
  drafts: DraftComments;
}) {
  const [draftState, saveDrafts] = useActionState(actions.saveDraftComments, initialFormState);
  const [releaseState, release] = useActionState(actions.releaseFeedback, initialFormState);
  const state = releaseState.status !== "idle" ? releaseState : draftState;
  // The question stays open only for the answer it was asked on: a refused release closes it, the error summary says what to fix.
  const [askedOn, setAskedOn] = useState<FormState | null>(null);
  const confirming = askedOn === releaseState;

  return (
    <>
      <form action={saveDrafts} noValidate>
        <input type="hidden" name="checkId" value={checkId} />
        <Section id="antworten" title="Antworten der Kommune" wide>
          <AnswerList
            answers={items}
            label="Antworten der Kommune"
            noteLabel="Anmerkung der Kommune"
            extra={(item) => {
              const field = `${COMMENT_FIELD_PREFIX}${item.key}`;
              return (
                <TextAreaField
                  name={field}
                  id={field}
                  label="Kommentar"
                  markOptional={false}
                  defaultValue={drafts[item.key] ?? ""}
                  maxLength={5000}
                  rows={2}
                  state={state}
                  hint={`Ihr Kommentar zu Frage ${item.number}; die Kommune sieht ihn erst nach der Freigabe.`}
                />
              );
            }}
          />
        </Section>
        <section aria-labelledby="gesamt-titel" className="mt-8 rounded-lg border-2 border-brand-700 p-4">
          <h2 id="gesamt-titel" className="text-xl font-semibold">
            Gesamteinschätzung und Empfehlungen
          </h2>
          <TextAreaField
            name={`${COMMENT_FIELD_PREFIX}gesamt`}
            id="kommentar-gesamt"
            label="Kommentar"
            markOptional={false}
            defaultValue={drafts.gesamt ?? ""}
            maxLength={5000}
            rows={5}
            state={state}
            hint="Erscheint auch im Bericht der Kommune für den Rat."
          />
        </section>
        <FormMessage state={state} />
        {confirming ? (
          <div
            role="alertdialog"
            aria-labelledby="freigeben-frage"
            aria-describedby="freigeben-folge"
            className="mt-6 max-w-3xl rounded-lg border-2 border-brand-700 bg-brand-50 p-4"
          >
            <p id="freigeben-frage" className="font-bold">
              Rückmeldung jetzt freigeben?
            </p>
            <p id="freigeben-folge" className="mt-1">
              Die Kommune sieht dann alle Kommentare und erhält eine E-Mail. Freigegebene Kommentare lassen sich nicht mehr ändern; danach antworten Sie in den
              Rückfragen zu jeder Frage.
            </p>
            <div className="mt-3 flex flex-wrap gap-4">
              <button type="submit" formAction={release} className={buttonClasses("primary")} autoFocus>
                Ja, freigeben und Kommune benachrichtigen
              </button>
              <button type="button" onClick={() => setAskedOn(null)} className={buttonClasses("secondary")}>
                Abbrechen
              </button>
            </div>
          </div>
        ) : (
          <div className="mt-6 flex flex-wrap gap-4">
            <SubmitButton variant="secondary">Entwurf speichern</SubmitButton>
            <button type="button" onClick={() => setAskedOn(releaseState)} className={buttonClasses("primary", "mt-6")}>
              Rückmeldung freigeben
            </button>
          </div>
        )}
      </form>

      <section aria-labelledby="zurueck-titel" className="mt-12 max-w-3xl rounded-lg border border-line p-4">
        <h2 id="zurueck-titel" className="text-xl font-semibold">
          Zurück an die Kommune
        </h2>
        <p className="mt-1">Wenn Angaben fehlen oder widersprüchlich sind, geben Sie den Check als Entwurf zurück. Die Kommune sieht Ihre Begründung.</p>
        <ActionForm action={actions.returnCheck}>
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
