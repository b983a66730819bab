"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/ui/form";
import { buttonClasses } from "@/components/ui/button";
import { initialFormState, type FormAction } from "@/lib/actions/form-state";

/**
 * For people in two or more Kommunen: which one they work in. The choice
 * holds for this browser session; every page, action and export of the
 * Kommune area follows it. Renders nothing for a single membership.
 */
export function KommuneSwitcher({
  chooseKommune,
  memberships,
  idPrefix,
}: {
  chooseKommune: FormAction;
  /** The active Kommune first (as CurrentUser lists them). */
  memberships: readonly { organisationId: string; organisationName: string }[];
  /** Keeps ids unique where the switcher appears twice on a page (header and /konto). */
  idPrefix: string;
}) {
  const [state, action] = useActionState(chooseKommune, initialFormState);
  if (memberships.length < 2) return null;
  const id = `${idPrefix}-kommune`;
  return (
    <form action={action} className="flex flex-wrap items-end gap-2">
      <div>
        <label htmlFor={id} className="block text-sm font-semibold">
          Aktive Kommune
        </label>
        <select
          id={id}
          name="organisationId"
          defaultValue={memberships[0]!.organisationId}
          className="mt-1 max-w-56 rounded border-2 border-[#6b7280] px-2 py-1"
        >
          {memberships.map((m) => (
            <option key={m.organisationId} value={m.organisationId}>
              {m.organisationName}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className={buttonClasses("secondary", "py-1")}>
        Kommune wechseln
      </button>
      <FormMessage state={state} />
    </form>
  );
}
