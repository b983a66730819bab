"use client";

import { useState } from "react";
import type { FormState } from "@/lib/actions/form-state";
import { ActionForm } from "./action-form";
import { buttonClasses } from "./button";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

const SMALL_BUTTON = buttonClasses("secondary", "py-1 text-sm");

/**
 * A one-button form acting on one row (a person, an invitation), identified
 * by a hidden id. With `confirm`, the button first asks in the page (as the
 * check's submission does) and acts only on "Ja, …".
 */
export function RowButton({
  action,
  idName,
  id,
  label,
  confirm,
  extra,
}: {
  action: Action;
  idName: string;
  id: string;
  label: string;
  confirm?: { question: string; yes: string };
  /** More hidden fields the action needs (e.g. the round the row belongs to). */
  extra?: Record<string, string>;
}) {
  const [asking, setAsking] = useState(false);
  const questionId = `frage-${idName}-${id}`;
  return (
    <ActionForm action={action} aria-label={label}>
      {() => (
        <>
          <input type="hidden" name={idName} value={id} />
          {Object.entries(extra ?? {}).map(([name, value]) => (
            <input key={name} type="hidden" name={name} value={value} />
          ))}
          {confirm && asking ? (
            <div role="alertdialog" aria-labelledby={questionId} className="rounded bg-brand-50 p-3">
              <p id={questionId} className="font-semibold">
                {confirm.question}
              </p>
              <div className="mt-2 flex flex-wrap gap-2">
                <button type="submit" className={buttonClasses("primary", "py-1 text-sm")} autoFocus>
                  {confirm.yes}
                </button>
                <button type="button" className={SMALL_BUTTON} onClick={() => setAsking(false)}>
                  Abbrechen
                </button>
              </div>
            </div>
          ) : (
            <button type={confirm ? "button" : "submit"} className={SMALL_BUTTON} onClick={confirm ? () => setAsking(true) : undefined}>
              {label}
            </button>
          )}
        </>
      )}
    </ActionForm>
  );
}

/** A role picker for one person with its own "Rolle ändern" button. */
export function RoleSelectForm({
  action,
  userId,
  personName,
  current,
  options,
}: {
  action: Action;
  userId: string;
  personName: string;
  current: string;
  options: Record<string, string>;
}) {
  const label = `Rolle von ${personName}`;
  return (
    <ActionForm action={action} aria-label={label} className="flex flex-wrap items-end gap-2">
      {() => (
        <>
          <input type="hidden" name="userId" value={userId} />
          <div>
            <label htmlFor={`rolle-${userId}`} className="block text-sm font-semibold">
              {label}
            </label>
            <select id={`rolle-${userId}`} name="role" defaultValue={current} className="mt-1 rounded border-2 border-[#6b7280] px-2 py-1">
              {Object.entries(options).map(([value, text]) => (
                <option key={value} value={value}>
                  {text}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className={SMALL_BUTTON}>
            Rolle ändern
          </button>
        </>
      )}
    </ActionForm>
  );
}
