"use client";

import { ActionForm } from "@/components/ui/action-form";
import { Section } from "@/components/ui/section";
import { SubmitButton, TextAreaField } from "@/components/ui/form";
import type { FormState } from "@/lib/actions/form-state";
import { CHECK_ITEMS } from "@/lib/kurzcheck/items";
import type { ItemKey } from "@/lib/kurzcheck/keys";

export interface ThreadMessage {
  id: string;
  itemKey: ItemKey | null;
  body: string;
  fromKommune: boolean;
  authorName: string | null;
  createdOn: string;
}

type ReplyAction = (state: FormState, formData: FormData) => Promise<FormState>;

function Thread({ title, messages, checkId, itemKey, reply }: { title: string; messages: ThreadMessage[]; checkId: string; itemKey: ItemKey | null; reply?: ReplyAction }) {
  const slot = itemKey ?? "gesamt";
  return (
    <li className="rounded-lg border border-line p-4">
      <h3 className="font-semibold">{title}</h3>
      <ol className="mt-2 space-y-2">
        {messages.map((m) => (
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
    </li>
  );
}

/**
 * The released feedback as threads, overall first, then per item in check
 * order: what the advisors wrote and what the Kommune answered, each with a
 * reply form for the side that is looking.
 */
export function ReviewThreads({ checkId, messages, reply, headingLevel = 2 }: { checkId: string; messages: ThreadMessage[]; reply?: ReplyAction; headingLevel?: 2 | 3 }) {
  if (messages.length === 0) return null;
  const overall = messages.filter((m) => m.itemKey === null);
  const items = CHECK_ITEMS.filter((item) => messages.some((m) => m.itemKey === item.key));
  return (
    <Section id="rueckmeldung" title="Rückmeldung der Beratung" headingLevel={headingLevel}>
      <ul className="space-y-4">
        {overall.length ? <Thread title="Gesamteinschätzung" messages={overall} checkId={checkId} itemKey={null} reply={reply} /> : null}
        {items.map((item) => (
          <Thread key={item.key} title={`Frage ${item.number}: ${item.title}`} messages={messages.filter((m) => m.itemKey === item.key)} checkId={checkId} itemKey={item.key} reply={reply} />
        ))}
      </ul>
    </Section>
  );
}
