"use client";

import { ActionForm } from "@/components/ui/action-form";
import { SubmitButton } from "@/components/ui/form";
import type { FormAction } from "@/lib/actions/form-state";

/** "Prüfung beginnen": the explicit step that makes a submitted check "in review" for the Kommune and the team. */
export function StartReview({ startReview, checkId }: { startReview: FormAction; checkId: string }) {
  return (
    <section aria-labelledby="pruefung-beginnen" className="mb-8 max-w-3xl rounded-lg border-2 border-brand-700 p-4">
      <h2 id="pruefung-beginnen" className="text-xl font-bold text-brand-900">
        Noch nicht in Prüfung
      </h2>
      <p className="mt-1">
        Sie sehen die Antworten, ohne dass sich etwas ändert. Wenn Sie die Rückmeldung übernehmen, beginnen Sie die Prüfung: Die Kommune sieht dann „In
        Prüfung“, und Sie können Kommentare schreiben.
      </p>
      <ActionForm action={startReview} aria-label="Prüfung beginnen">
        {() => (
          <>
            <input type="hidden" name="checkId" value={checkId} />
            <SubmitButton>Prüfung beginnen</SubmitButton>
          </>
        )}
      </ActionForm>
    </section>
  );
}
