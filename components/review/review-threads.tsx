"use client";

import { ActionForm } from "@/components/ui/action-form";
import { SubmitButton, TextAreaField } from "@/components/ui/form";
import type { FormState } from "@/lib/actions/form-state";
import type { ItemKey } from "@/lib/kurzcheck/keys";

export interface ThreadMessage {
  id: string;
  itemKey: ItemKey | null;
  body: string;
  fromKommune: boolean;
  authorName: string | null;
  createdOn: string;
}

export type ReplyAction = (state: FormState, formData: FormData) => Promise<FormState>;

/**
 * The feedback thread of one item (or the overall one): what the advisors
 * wrote and what the Kommune answered, with a reply form for the side that
 * is looking once the feedback is released.
 */
export function Thread({
  title,
  messages,
  checkId,
  itemKey,
  reply,
}: {
  title: string;
  messages: readonly ThreadMessage[];
  checkId: string;
  itemKey: ItemKey | null;
  reply?: ReplyAction;
}) {
  const slot = itemKey ?? "gesamt";
  const mine = messages.filter((m) => m.itemKey === itemKey);
  // Where the advisors wrote nothing there is no thread to answer.
  if (mine.length === 0) return null;
  return (
    <div className="mt-3 border-t border-line pt-3">
      <ol aria-label={`Rückmeldung zu ${title}`} className="space-y-2">
        {mine.map((m) => (
          <li key={m.id} className={`rounded p-3 ${m.fromKommune ? "ml-6 bg-white ring-1 ring-line" : "bg-brand-50"}`}>
            <p className="whitespace-pre-line">{m.body}</p>
            <p className="mt-1 text-sm text-muted">
              {m.fromKommune ? "Kommune" : "Beratung"} · {m.authorName ?? "gelöschtes Konto"} · {m.createdOn}
            </p>
          </li>
        ))}
      </ol>
      {reply ? (
        <ActionForm action={reply} aria-label={`Antwort zu ${title}`}>
          {(state) => (
            <>
              <input type="hidden" name="checkId" value={checkId} />
              <input type="hidden" name="itemKey" value={itemKey ?? ""} />
              <TextAreaField name="body" id={`antwort-${slot}`} label="Antwort" required maxLength={5000} rows={2} state={state} />
              <SubmitButton variant="secondary">Antworten</SubmitButton>
            </>
          )}
        </ActionForm>
      ) : null}
    </div>
  );
}
