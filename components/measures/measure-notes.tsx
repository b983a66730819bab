"use client";

import { ActionForm } from "@/components/ui/action-form";
import { SubmitButton, TextAreaField } from "@/components/ui/form";
import { Section } from "@/components/ui/section";
import type { FormState } from "@/lib/actions/form-state";

export interface MeasureNoteView {
  id: string;
  body: string;
  fromAdvisor: boolean;
  released: boolean;
  authorName: string | null;
  createdOn: string;
}

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

/**
 * The dated entries under a measure: the Kommune's progress and the advisors'
 * comments, with the form of the side that is looking (Kommune: "Fortschritt
 * notieren", advisors: "Kommentar"). Advisors see their drafts marked as such.
 */
export function MeasureNotes({
  measureId,
  measureTitle,
  notes,
  addNote,
  side = "kommune",
  hidden,
}: {
  measureId: string;
  /** Names the comment form where several measures stand on one page. */
  measureTitle: string;
  /** Extra hidden fields of the form (the advisor's page names the Kommune). */
  hidden?: Record<string, string>;
  notes: readonly MeasureNoteView[];
  addNote?: Action;
  side?: "kommune" | "beratung";
}) {
  const slot = `eintrag-${measureId}`;
  return (
    <Section
      id={`verlauf-${measureId}`}
      title={side === "kommune" ? "Verlauf" : `Verlauf und Kommentare: ${measureTitle}`}
      headingLevel={side === "kommune" ? 2 : 3}
    >
      {notes.length ? (
        <ol aria-label="Einträge" className="space-y-2">
          {notes.map((note) => (
            <li key={note.id} className={`rounded p-3 ${note.fromAdvisor ? "bg-brand-50" : "bg-white ring-1 ring-line"}`}>
              <p className="whitespace-pre-line">{note.body}</p>
              <p className="mt-1 text-sm text-muted">
                {note.fromAdvisor ? "Beratung" : "Kommune"} · {note.authorName ?? "gelöschtes Konto"} · {note.createdOn}
                {note.released ? "" : " · Entwurf, für die Kommune noch nicht sichtbar"}
              </p>
            </li>
          ))}
        </ol>
      ) : (
        <p>Noch kein Eintrag.</p>
      )}
      {addNote ? (
        <ActionForm action={addNote} aria-label={side === "kommune" ? "Fortschritt notieren" : `Kommentar zu „${measureTitle}“`}>
          {(state) => (
            <>
              <input type="hidden" name="measureId" value={measureId} />
              {Object.entries(hidden ?? {}).map(([name, value]) => (
                <input key={name} type="hidden" name={name} value={value} />
              ))}
              <TextAreaField
                name="body"
                id={slot}
                label={side === "kommune" ? "Fortschritt" : "Kommentar"}
                required
                maxLength={5000}
                rows={2}
                state={state}
                hint={
                  side === "kommune"
                    ? "Was ist passiert? Der Eintrag erhält das heutige Datum."
                    : "Die Kommune sieht Ihren Kommentar, sobald Sie die Kommentare freigeben."
                }
              />
              <SubmitButton variant="secondary">{side === "kommune" ? "Eintrag speichern" : "Kommentar speichern"}</SubmitButton>
            </>
          )}
        </ActionForm>
      ) : null}
    </Section>
  );
}
