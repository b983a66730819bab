"use client";

import { ActionForm } from "@/components/ui/action-form";
import { SelectField, SubmitButton } from "@/components/ui/form";
import type { FormAction } from "@/lib/actions/form-state";

export function AssignAdvisor({
  assignAdvisor,
  organisationId,
  advisors,
  current,
}: {
  assignAdvisor: FormAction;
  organisationId: string;
  advisors: { id: string; name: string }[];
  current: string | null;
}) {
  return (
    <ActionForm action={assignAdvisor} className="max-w-md">
      {(state) => (
        <>
          <input type="hidden" name="organisationId" value={organisationId} />
          <SelectField
            name="advisorId"
            label="Zuständig in der Beratung"
            required
            options={Object.fromEntries(advisors.map((a) => [a.id, a.name]))}
            defaultValue={current ?? ""}
            state={state}
          />
          <SubmitButton variant="secondary">Zuständigkeit speichern</SubmitButton>
        </>
      )}
    </ActionForm>
  );
}
