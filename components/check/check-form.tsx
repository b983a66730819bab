"use client";

import { useRouter } from "next/navigation";
import { useEffect, useEffectEvent, useRef, useState, useTransition } from "react";
import { createPortal } from "react-dom";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { formatTime, formatPercent } from "@/lib/format";
import { CHECK_ITEMS, type CheckItem } from "@/lib/kurzcheck/items";
import { ITEM_KEYS, type ItemKey, type Score } from "@/lib/kurzcheck/keys";
import { countAnswered } from "@/lib/kurzcheck/scoring";
import { useLocale } from "next-intl";
import { useT } from "@/components/i18n/guest-intl";
import { usePercent } from "@/components/i18n/use-percent";
import { KeyboardHint } from "./keyboard-hint";
import type { QuestionnaireItem } from "./item-question";
import { noteCounterText } from "./note-counter";
import { questionnaireHtml, type QuestionnaireState } from "./questionnaire-markup";
import { useAutosave, type Conflict, type SaveStatus, type SaveTarget, type ServerItem } from "./use-autosave";

function statusText(status: SaveStatus, t: ReturnType<typeof useT>): React.ReactNode {
  switch (status.kind) {
    case "saving":
      return t("wirdGespeichert");
    case "saved":
      return t("gespeichert", { time: formatTime(status.at) });
    case "retrying":
      return t("nochNichtGespeichert");
    case "error":
      return status.message;
    default:
      return t("automatisch");
  }
}

function ConflictNotice({
  itemKey,
  conflict,
  onResolve,
}: {
  itemKey: ItemKey;
  conflict: Conflict;
  onResolve: (key: ItemKey, choice: "mine" | "theirs") => void;
}) {
  const show = (value: { score: number | null; note: string }) =>
    `${value.score === null ? "keine Einschätzung" : formatPercent(value.score)}${value.note ? ` – „${value.note}“` : ""}`;
  return (
    <div role="alert" className="mt-3 rounded border-s-4 border-warning-700 bg-warning-100 p-3">
      <p className="font-semibold">{conflict.theirs.updatedByName ?? "Jemand aus Ihrem Team"} hat diese Frage inzwischen geändert.</p>
      <p className="mt-1">Gespeicherter Wert: {show(conflict.theirs)}</p>
      <p>Ihre Eingabe: {show(conflict.mine)}</p>
      <div className="mt-2 flex flex-wrap gap-3">
        <Button variant="secondary" onClick={() => onResolve(itemKey, "mine")}>
          Meine Eingabe behalten
        </Button>
        <Button variant="secondary" onClick={() => onResolve(itemKey, "theirs")}>
          Gespeicherten Wert übernehmen
        </Button>
      </div>
    </div>
  );
}

/** How a questionnaire is completed: the team submits its check, a guest sends their answers. */
export interface SubmitOptions {
  heading: string;
  explanation: string;
  /** The button that starts it ("Check einreichen", "Antworten absenden"). */
  label: string;
  question: string;
  confirm: string;
  /** A server action bound to the questionnaire. */
  run: () => Promise<{ ok: true } | { ok: false; message: string }>;
  doneHref: string;
  /** The link to this section from the top ("Zum Einreichen"; a guest's "Zum Absenden"). */
  skipLink?: string;
  /** The title of a refusal ("Noch nicht eingereicht"; a guest's "Noch nicht abgeschickt"). */
  notSentTitle?: string;
}

/** A note as a textarea reports it: line breaks are "\n" whatever was stored. */
const asTextareaValue = (note: string) => note.replace(/\r\n?/g, "\n");

/** Makes the server's markup of one item show `value` (after a resumed draft or a conflict resolved to "theirs"). */
function showInMarkup(list: HTMLElement, key: ItemKey, score: number | null, note: string, counter: string) {
  for (const radio of list.querySelectorAll<HTMLInputElement>(`input[type="radio"][name="${key}"]`)) {
    const checked = Number(radio.value) === score;
    if (radio.checked !== checked) radio.checked = checked;
  }
  const textarea = list.querySelector<HTMLTextAreaElement>(`#anmerkung-${key}`);
  if (textarea && textarea.value !== asTextareaValue(note)) textarea.value = note;
  const count = list.querySelector(`#anmerkung-${key}-zaehler [data-counter]`);
  if (count && count.textContent !== counter) count.textContent = counter;
}

/**
 * A questionnaire of the 13 items with notes, autosaved item by item: the
 * Kommune's draft, or a guest's perspective behind a personal link (the same
 * items, texts and anchors; only where it saves and how it is sent differ).
 * The items are one HTML string (questionnaire-markup.ts), rendered once and
 * never re-rendered by React: this island listens for changes on the list
 * (event delegation), saves them, writes back only what changed from
 * elsewhere, and puts conflict notices into their item's slot. Progress, save
 * status and submitting are React.
 */
export function CheckForm({
  target,
  initial,
  submit,
  hints,
  carriedOver,
  items = CHECK_ITEMS,
  withFactorLinks = true,
}: {
  target: SaveTarget;
  initial: Partial<Record<ItemKey, ServerItem>>;
  submit: SubmitOptions;
  /** What the perspectives said so far, beside an item's scale. */
  hints?: QuestionnaireState["hints"];
  /** Answers taken over from the previous round (its year) and not touched since: marked until changed or confirmed. */
  carriedOver?: QuestionnaireState["carriedOver"];
  /** The items in the reader's language (a guest's), German by default. */
  items?: readonly QuestionnaireItem[];
  /** Links to the success factors (German guidance pages): for the team, not for guests. */
  withFactorLinks?: boolean;
}) {
  const t = useT("fragebogen");
  const errors = useT("fehler");
  const router = useRouter();
  const { values, conflicts, status, change, resolve, flush } = useAutosave(target, initial);
  const [confirming, setConfirming] = useState(false);
  const [submitProblem, setSubmitProblem] = useState<{ message: string; missing: readonly CheckItem[] } | null>(null);
  const [submitting, startSubmit] = useTransition();
  const percent = usePercent();
  const german = useLocale().startsWith("de");
  // Built once from the first props (the server builds the same for its HTML): React never replaces what the person is typing in.
  const [html] = useState(() => ({
    __html: questionnaireHtml(items, { text: t.text, isGerman: t.isGerman, percent, german }, { answers: initial, hints, carriedOver }, { withFactorLinks }),
  }));
  const list = useRef<HTMLOListElement>(null);
  const [conflictSlots, setConflictSlots] = useState<Partial<Record<ItemKey, Element>>>({});
  const scores = Object.fromEntries(ITEM_KEYS.map((key) => [key, values[key]?.score ?? null]));
  const answered = countAnswered(scores);
  const missing = items.filter((item) => (values[item.key]?.score ?? null) === null);

  const edit = useEffectEvent((itemKey: ItemKey, value: Parameters<typeof change>[1]) => {
    // A carried-over answer is confirmed or changed: its marker goes.
    list.current?.querySelector(`#uebernommen-${itemKey}`)?.remove();
    change(itemKey, value);
  });

  // What was chosen or typed before the script arrived (a slow phone) is an edit like any other: saved, never overwritten.
  const adoptEarlyInput = useEffectEvent((element: HTMLElement) => {
    for (const key of ITEM_KEYS) {
      const checked = element.querySelector<HTMLInputElement>(`input[type="radio"][name="${key}"]:checked`);
      const note = element.querySelector<HTMLTextAreaElement>(`#anmerkung-${key}`)?.value ?? "";
      if (checked && Number(checked.value) !== (initial[key]?.score ?? null)) edit(key, { score: Number(checked.value) as Score });
      if (note !== asTextareaValue(initial[key]?.note ?? "")) edit(key, { note });
    }
  });

  useEffect(() => {
    const element = list.current!;
    adoptEarlyInput(element);
    const isItemKey = (key: string | undefined): key is ItemKey => (ITEM_KEYS as readonly (string | undefined)[]).includes(key);
    const onChange = (event: Event) => {
      const input = event.target;
      if (input instanceof HTMLInputElement && input.type === "radio" && isItemKey(input.name)) edit(input.name, { score: Number(input.value) as Score });
    };
    const onInput = (event: Event) => {
      const textarea = event.target;
      if (textarea instanceof HTMLTextAreaElement && isItemKey(textarea.dataset.item)) edit(textarea.dataset.item, { note: textarea.value });
    };
    const onClick = (event: MouseEvent) => {
      const key = (event.target as Element).closest<HTMLElement>("[data-confirm]")?.dataset.confirm;
      if (isItemKey(key)) edit(key, {});
    };
    element.addEventListener("change", onChange);
    element.addEventListener("input", onInput);
    element.addEventListener("click", onClick);
    setConflictSlots(Object.fromEntries(ITEM_KEYS.map((key) => [key, element.querySelector(`#konflikt-${key}`)]).filter(([, slot]) => slot)));
    return () => {
      element.removeEventListener("change", onChange);
      element.removeEventListener("input", onInput);
      element.removeEventListener("click", onClick);
    };
  }, []);

  // What the person did not type here (a resumed draft, a value taken over in a conflict) is written into the markup;
  // not on the first render, whose values are those the server put there (and the person may already have changed).
  const synced = useRef(false);
  useEffect(() => {
    if (!synced.current) {
      synced.current = true;
      return;
    }
    const element = list.current!;
    for (const key of ITEM_KEYS) {
      const value = values[key];
      const note = value?.note ?? "";
      showInMarkup(element, key, value?.score ?? null, note, noteCounterText(t.text, note.length));
    }
  }, [values, t]);

  function requestSubmit() {
    if (missing.length > 0) {
      setSubmitProblem({
        message: errors.text("fehlen", { list: missing.map((item) => errors.text("frageKurz", { number: item.number, title: item.title })).join(", ") }),
        missing,
      });
      return;
    }
    setSubmitProblem(null);
    setConfirming(true);
  }

  function send() {
    startSubmit(async () => {
      if (!(await flush())) {
        setSubmitProblem({ message: errors.text("nichtGespeichert"), missing: [] });
        return;
      }
      const result = await submit.run();
      if (result.ok) router.push(submit.doneHref);
      else {
        setConfirming(false);
        setSubmitProblem({ message: result.message, missing: [] });
      }
    });
  }

  return (
    <div>
      <div className="sticky top-0 z-10 border-b border-line bg-white py-3">
        <div className="flex flex-wrap items-center gap-x-6 gap-y-1">
          <label htmlFor="fortschritt" className="font-semibold">
            {t("fortschritt")}
          </label>
          <progress id="fortschritt" max={13} value={answered} className="h-3 w-48 accent-brand-700" />
          <span className="tabular-nums">{t("beantwortet", { answered, total: 13 })}</span>
          <a href="#einreichen" className="font-semibold">
            {submit.skipLink ?? "Zum Einreichen"}
          </a>
        </div>
        <p
          aria-live="polite"
          className={`mt-1 text-sm ${status.kind === "retrying" || status.kind === "error" ? "font-semibold text-danger-700" : "text-muted"}`}
        >
          {statusText(status, t)}
        </p>
      </div>

      <KeyboardHint />
      <ol ref={list} aria-label={t.text("fragen")} className="mt-4 space-y-6" dangerouslySetInnerHTML={html} />
      {Object.entries(conflicts).map(([key, conflict]) => {
        const slot = conflictSlots[key as ItemKey];
        return slot ? createPortal(<ConflictNotice itemKey={key as ItemKey} conflict={conflict} onResolve={resolve} />, slot, key) : null;
      })}

      <section aria-labelledby="einreichen" className="mt-10 rounded-lg border-2 border-brand-700 p-5">
        <h2 id="einreichen" tabIndex={-1} className="scroll-mt-28 text-xl font-bold text-brand-900 focus:outline-none">
          {submit.heading}
        </h2>
        <p className="mt-2 max-w-3xl">{submit.explanation}</p>
        {confirming ? (
          <div role="alertdialog" aria-labelledby="bestaetigen-titel" className="mt-4 rounded bg-brand-50 p-4">
            <p id="bestaetigen-titel" className="font-semibold">
              {submit.question}
            </p>
            <div className="mt-3 flex flex-wrap gap-3">
              <Button onClick={send} disabled={submitting} autoFocus>
                {submit.confirm}
              </Button>
              <Button variant="secondary" onClick={() => setConfirming(false)}>
                Abbrechen
              </Button>
            </div>
          </div>
        ) : (
          <Button className="mt-4" onClick={requestSubmit}>
            {submit.label}
          </Button>
        )}
        {submitProblem ? (
          <ErrorSummary
            refusal={submitProblem}
            title={submit.notSentTitle ?? "Noch nicht eingereicht"}
            message={submitProblem.message}
            errors={submitProblem.missing.map((item) => ({ field: item.key, text: errors.text("frageOffen", { number: item.number, title: item.title }) }))}
          />
        ) : null}
      </section>
    </div>
  );
}
