"use client";

import type { FormState } from "@/lib/actions/form-state";
import { buttonClasses } from "./button";
import { useT } from "@/components/i18n/guest-intl";
import { ErrorSummary } from "./error-summary";
import { useFormPending } from "./form-pending";

const INPUT = "mt-1 block w-full max-w-xl rounded border-2 border-[#6b7280] bg-white px-3 py-2 text-base aria-[invalid=true]:border-danger-700";

interface FieldBase {
  name: string;
  /** Needed when one page has several fields of the same name (defaults to the name). */
  id?: string;
  /** Adds "(optional)" to the label of a field that is not required (default true). */
  markOptional?: boolean;
  label: string;
  state?: FormState;
  hint?: React.ReactNode;
  required?: boolean;
}

function describedBy(name: string, hint: unknown, error: unknown) {
  return [hint ? `${name}-hinweis` : null, error ? `${name}-fehler` : null].filter(Boolean).join(" ") || undefined;
}

function FieldMessages({ name, hint, error }: { name: string; hint?: React.ReactNode; error?: string }) {
  return (
    <>
      {hint ? (
        <p id={`${name}-hinweis`} className="mt-1 text-sm text-muted">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${name}-fehler`} className="mt-1 font-semibold text-danger-700">
          {error}
        </p>
      ) : null}
    </>
  );
}

function FieldLabel({ name, label, required, markOptional = true }: { name: string; label: string; required?: boolean; markOptional?: boolean }) {
  return (
    <label htmlFor={name} className="block font-semibold">
      {label}
      {required || !markOptional ? null : <span className="font-normal text-muted"> (optional)</span>}
    </label>
  );
}

/** A labelled input with its hint and its error right below, wired up for screen readers. */
export function Field({
  name,
  id,
  label,
  state,
  hint,
  required,
  type = "text",
  ...input
}: FieldBase & Omit<React.InputHTMLAttributes<HTMLInputElement>, "name">) {
  const error = state?.fieldErrors?.[name]?.[0];
  const fieldId = id ?? name;
  const keepValue = type !== "password" && input.defaultValue === undefined ? state?.values?.[name] : undefined;
  return (
    <div className="mt-4">
      <FieldLabel name={fieldId} label={label} required={required} />
      <input
        id={fieldId}
        name={name}
        type={type}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(fieldId, hint, error)}
        defaultValue={keepValue}
        className={INPUT}
        {...input}
      />
      <FieldMessages name={fieldId} hint={hint} error={error} />
    </div>
  );
}

export function TextAreaField({
  name,
  id,
  label,
  state,
  hint,
  required,
  markOptional,
  ...textarea
}: FieldBase & Omit<React.TextareaHTMLAttributes<HTMLTextAreaElement>, "name">) {
  const error = state?.fieldErrors?.[name]?.[0];
  const fieldId = id ?? name;
  return (
    <div className="mt-4">
      <FieldLabel name={fieldId} label={label} required={required} markOptional={markOptional} />
      <textarea
        id={fieldId}
        name={name}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(fieldId, hint, error)}
        defaultValue={textarea.defaultValue ?? state?.values?.[name]}
        className={`${INPUT} min-h-28`}
        {...textarea}
      />
      <FieldMessages name={fieldId} hint={hint} error={error} />
    </div>
  );
}

export function SelectField({
  name,
  id,
  label,
  state,
  hint,
  required,
  options,
  placeholder = "Bitte wählen",
  placeholderSelectable = false,
  defaultValue,
}: FieldBase & {
  options: Record<string, string>;
  placeholder?: string;
  /** The empty first choice is a real answer ("kein Zielwert"), not only a prompt. */
  placeholderSelectable?: boolean;
  defaultValue?: string;
}) {
  const error = state?.fieldErrors?.[name]?.[0];
  const fieldId = id ?? name;
  return (
    <div className="mt-4">
      <label htmlFor={fieldId} className="block font-semibold">
        {label}
      </label>
      <select
        id={fieldId}
        name={name}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(fieldId, hint, error)}
        defaultValue={state?.values?.[name] ?? defaultValue ?? ""}
        className={INPUT}
      >
        <option value="" disabled={!placeholderSelectable}>
          {placeholder}
        </option>
        {Object.entries(options).map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
      <FieldMessages name={fieldId} hint={hint} error={error} />
    </div>
  );
}

export function CheckboxField({ name, id, label, state, hint, required }: FieldBase & { label: string; children?: never }) {
  const error = state?.fieldErrors?.[name]?.[0];
  const fieldId = id ?? name;
  return (
    <div className="mt-4">
      <div className="flex items-start gap-3">
        <input
          id={fieldId}
          name={name}
          type="checkbox"
          value="ja"
          required={required}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(fieldId, hint, error)}
          defaultChecked={state?.values?.[name] === "ja"}
          // 24 × 24 px at least: the smallest target WCAG 2.2 allows, also beside a long label on a phone.
          className="mt-0.5 size-6 shrink-0 accent-brand-700"
        />
        <label htmlFor={fieldId}>{label}</label>
      </div>
      <FieldMessages name={fieldId} hint={hint} error={error} />
    </div>
  );
}

const SECRETS_CLEARED = "Passwörter und Codes haben wir aus Sicherheitsgründen nicht aufbewahrt: Bitte geben Sie sie noch einmal ein.";

/**
 * The form's overall message at its top: a refusal as an error summary that
 * takes the focus and links the fields with errors (whatever the person typed
 * stays, but passwords, and it says so), a success as a polite status.
 */
export function FormMessage({ state }: { state: FormState }) {
  if (state.status === "error") {
    const errors = Object.entries(state.fieldErrors ?? {}).flatMap(([field, messages]) => (messages?.[0] ? [{ field, text: messages[0] }] : []));
    return (
      <ErrorSummary
        refusal={state}
        message={state.message && !(errors.length === 1 && errors[0]!.text === state.message) ? state.message : undefined}
        errors={errors}
        notice={state.secretsCleared ? SECRETS_CLEARED : undefined}
      />
    );
  }
  if (!state.message) return null;
  return (
    <div role="status" className="mt-4 max-w-xl rounded border-s-4 border-success-700 bg-success-100 p-3">
      {state.message}
    </div>
  );
}

export function SubmitButton({ children, variant = "primary" }: { children: React.ReactNode; variant?: "primary" | "secondary" }) {
  const pending = useFormPending();
  const t = useT("fragebogen");
  return (
    <button type="submit" disabled={pending} aria-disabled={pending} className={buttonClasses(variant, "mt-6")}>
      {children}
      {pending ? <span className="sr-only"> – {t("wirdGesendet")}</span> : null}
    </button>
  );
}
