"use client";

import { assignAdvisorAction } from "@/app/beratung/actions";
import { ActionForm } from "@/components/ui/action-form";
import { SelectField, SubmitButton } from "@/components/ui/form";

export function AssignAdvisor({ organisationId, advisors, current }: { organisationId: string; advisors: { id: string; name: string }[]; current: string | null }) {
  return (
    <ActionForm action={assignAdvisorAction} className="max-w-md">
      {(state) => (
        <>
          <input type="hidden" name="organisationId" value={organisationId} />
          <SelectField name="advisorId" label="Zuständig in der Beratung" required options={Object.fromEntries(advisors.map((a) => [a.id, a.name]))} defaultValue={current ?? ""} state={state} />
          <SubmitButton variant="secondary">Zuständigkeit speichern</SubmitButton>
        </>
      )}
    </ActionForm>
  );
}
