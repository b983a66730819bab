"use client";

import { releaseMeasureCommentsAction } from "@/app/beratung/actions";
import { ActionForm } from "@/components/ui/action-form";
import { SubmitButton } from "@/components/ui/form";

/** "Kommentare freigeben": the advisor's drafts on a plan reach the Kommune at once. */
export function ReleaseMeasureComments({ organisationId, drafts }: { organisationId: string; drafts: number }) {
  return (
    <ActionForm action={releaseMeasureCommentsAction} aria-label="Kommentare freigeben" className="mb-6">
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
