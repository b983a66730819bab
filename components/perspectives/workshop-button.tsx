"use client";

import type { ComponentProps } from "react";
import { ActionForm } from "@/components/ui/action-form";
import { SubmitButton } from "@/components/ui/form";

/**
 * "Workshop starten": the same button for the Kommune's owner and the
 * assigned advisor; each area passes its own server action and the ids that
 * action reads. (Ending asks first: workshop-live.tsx.)
 */
export function WorkshopButton({
  action,
  label,
  fields,
  variant = "primary",
  className,
}: {
  action: ComponentProps<typeof ActionForm>["action"];
  label: "Workshop starten";
  /** The hidden fields the action reads (checkId, workshopId, organisationId), as the area's action schema names them. */
  fields: Record<string, string>;
  variant?: "primary" | "secondary";
  className?: string;
}) {
  return (
    <ActionForm action={action} aria-label={label} className={className}>
      {() => (
        <>
          {Object.entries(fields).map(([name, value]) => (
            <input key={name} type="hidden" name={name} value={value} />
          ))}
          <SubmitButton variant={variant}>{label}</SubmitButton>
        </>
      )}
    </ActionForm>
  );
}
