"use client";

import { ActionForm } from "@/components/ui/action-form";
import { SubmitButton } from "@/components/ui/form";
import type { FormAction } from "@/lib/actions/form-state";

/** "Kommentare freigeben": the advisor's drafts on a plan reach the Kommune at once. */
export function ReleaseMeasureComments({
  releaseMeasureComments,
  organisationId,
  drafts,
}: {
  releaseMeasureComments: FormAction;
  organisationId: string;
  drafts: number;
}) {
  return (
    <ActionForm action={releaseMeasureComments} aria-label="Kommentare freigeben" className="mb-6">
      {() => (
        <>
          <input type="hidden" name="organisationId" value={organisationId} />
          <p>{drafts ? `${drafts} ${drafts === 1 ? "Kommentar wartet" : "Kommentare warten"} auf die Freigabe.` : "Keine Kommentare im Entwurf."}</p>
          <SubmitButton>Kommentare freigeben</SubmitButton>
        </>
      )}
    </ActionForm>
  );
}
