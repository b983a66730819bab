"use client";

import type { ComponentProps } from "react";
import { ActionForm } from "@/components/ui/action-form";
import { SubmitButton } from "@/components/ui/form";

/**
 * "Workshop starten" or "Workshop beenden": the same button for the Kommune's
 * owner and the assigned advisor; each area passes its own server action and
 * the ids that action reads.
 */
export function WorkshopButton({
  action,
  label,
  fields,
  className,
}: {
  action: ComponentProps<typeof ActionForm>["action"];
  label: "Workshop starten" | "Workshop beenden";
  fields: Record<string, string>;
  className?: string;
}) {
  return (
    <ActionForm action={action} aria-label={label} className={className}>
      {() => (
        <>
          {Object.entries(fields).map(([name, value]) => (
            <input key={name} type="hidden" name={name} value={value} />
          ))}
          <SubmitButton variant={label === "Workshop beenden" ? "secondary" : undefined}>{label}</SubmitButton>
        </>
      )}
    </ActionForm>
  );
}
