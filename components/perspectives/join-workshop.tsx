"use client";

import { useT } from "@/components/i18n/guest-intl";
import { ActionForm } from "@/components/ui/action-form";
import { Field, SubmitButton } from "@/components/ui/form";
import type { FormAction } from "@/lib/actions/form-state";

/** /mitmachen: the code from the projector, then "Teilnehmen" (in the guest's language). */
export function JoinWorkshop({ joinWorkshop, locale }: { joinWorkshop: FormAction; locale: string }) {
  const w = useT("workshop");
  return (
    <ActionForm action={joinWorkshop} className="max-w-md" aria-label={w.text("teilnehmen")}>
      {(state) => (
        <>
          <input type="hidden" name="sprache" value={locale} />
          <Field
            name="code"
            label={w.text("code")}
            hint={w("codeHinweis")}
            required
            autoComplete="off"
            autoCapitalize="characters"
            maxLength={20}
            state={state}
            className="mt-1 block w-full max-w-xs rounded border-2 border-[#6b7280] px-3 py-2 text-2xl tracking-widest uppercase"
          />
          <SubmitButton>{w("teilnehmen")}</SubmitButton>
        </>
      )}
    </ActionForm>
  );
}
