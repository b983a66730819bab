"use client";

import { ActionForm } from "@/components/ui/action-form";
import { Field, SubmitButton } from "@/components/ui/form";
import type { FormAction } from "@/lib/actions/form-state";

/**
 * A code from the projector (/mitmachen) or from a poster (/befragung), then
 * the button: the words come translated from the page, so one form serves both.
 */
export function JoinByCode({
  join,
  locale,
  formName,
  label,
  hint,
  submit,
}: {
  join: FormAction;
  locale: string;
  formName: string;
  label: string;
  hint: React.ReactNode;
  submit: React.ReactNode;
}) {
  return (
    <ActionForm action={join} className="max-w-md" aria-label={formName}>
      {(state) => (
        <>
          <input type="hidden" name="sprache" value={locale} />
          <Field
            name="code"
            label={label}
            hint={hint}
            required
            autoComplete="off"
            autoCapitalize="characters"
            maxLength={20}
            state={state}
            className="mt-1 block w-full max-w-xs rounded border-2 border-[#6b7280] px-3 py-2 text-2xl tracking-widest uppercase"
          />
          <SubmitButton>{submit}</SubmitButton>
        </>
      )}
    </ActionForm>
  );
}
