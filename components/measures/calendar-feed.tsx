"use client";

import { ActionForm } from "@/components/ui/action-form";
import { SubmitButton } from "@/components/ui/form";
import type { FormAction } from "@/lib/actions/form-state";

/**
 * The calendar feed: a secret address that Outlook or a phone subscribes to,
 * so due dates stay current there. Creating a new one revokes the old.
 */
export function CalendarFeed({ renewCalendarFeed }: { renewCalendarFeed: FormAction }) {
  return (
    <>
      <p>
        Mit einer Kalenderadresse erscheinen die Fälligkeiten Ihrer Maßnahmen in Outlook oder auf dem Telefon und bleiben dort aktuell. Wer die Adresse kennt,
        sieht die Titel und Termine Ihrer Maßnahmen; geben Sie sie nur im Team weiter. Eine neue Adresse macht alle früheren ungültig.
      </p>
      <ActionForm action={renewCalendarFeed} aria-label="Kalenderadresse erzeugen">
        {() => <SubmitButton variant="secondary">Neue Kalenderadresse erzeugen</SubmitButton>}
      </ActionForm>
    </>
  );
}
