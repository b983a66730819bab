"use client";

import { endWorkshopAction } from "@/app/kommune/checks/[id]/perspektiven/actions";
import { ActionForm } from "@/components/ui/action-form";
import { SubmitButton } from "@/components/ui/form";

export function EndWorkshop({ workshopId, checkId }: { workshopId: string; checkId: string }) {
  return (
    <ActionForm action={endWorkshopAction} aria-label="Workshop beenden" className="mt-6">
      {() => (
        <>
          <input type="hidden" name="workshopId" value={workshopId} />
          <input type="hidden" name="checkId" value={checkId} />
          <SubmitButton variant="secondary">Workshop beenden</SubmitButton>
        </>
      )}
    </ActionForm>
  );
}
