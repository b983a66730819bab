"use client";

import { startWorkshopAction } from "@/app/kommune/checks/[id]/perspektiven/actions";
import { ActionForm } from "@/components/ui/action-form";
import { SubmitButton } from "@/components/ui/form";

export function StartWorkshop({ checkId }: { checkId: string }) {
  return (
    <ActionForm action={startWorkshopAction} aria-label="Workshop starten">
      {() => (
        <>
          <input type="hidden" name="checkId" value={checkId} />
          <SubmitButton>Workshop starten</SubmitButton>
        </>
      )}
    </ActionForm>
  );
}
