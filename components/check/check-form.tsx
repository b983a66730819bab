"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { formatNumber, formatTime, formatPercent } from "@/lib/format";
import { CHECK_ITEMS, missingItemsMessage, type CheckItem } from "@/lib/kurzcheck/items";
import { ITEM_KEYS, NOTE_MAX_LENGTH, type ItemKey } from "@/lib/kurzcheck/keys";
import { countAnswered } from "@/lib/kurzcheck/scoring";
import { FactorLinks } from "./factor-links";
import { ItemQuestion } from "./item-question";
import { KeyboardHint } from "./keyboard-hint";
import { useAutosave, type Conflict, type SaveStatus, type SaveTarget, type ServerItem } from "./use-autosave";

function statusText(status: SaveStatus): string {
  switch (status.kind) {
    case "saving":
      return "Wird gespeichert …";
    case "saved":
      return `Gespeichert ${formatTime(status.at)}`;
    case "retrying":
      return "Nicht gespeichert – wird erneut versucht. Ihre Eingaben bleiben in diesem Browser erhalten.";
    case "error":
      return status.message;
    default:
      return "Änderungen werden automatisch gespeichert.";
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
    <div role="alert" className="mt-3 rounded border-l-4 border-warning-700 bg-warning-100 p-3">
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
}

/**
 * A questionnaire of the 13 items with notes, autosaved item by item: the
 * Kommune's draft, or a guest's perspective behind a personal link (the same
 * radio groups, texts and anchors; only where it saves and how it is sent
 * differ). `hints` shows, per item, what the perspectives said so far.
 */
export function CheckForm({
  target,
  initial,
  submit,
  hints,
  carriedOver,
}: {
  target: SaveTarget;
  initial: Partial<Record<ItemKey, ServerItem>>;
  submit: SubmitOptions;
  hints?: Partial<Record<ItemKey, React.ReactNode>>;
  /** Answers taken over from the previous round (its year) and not touched since: marked until changed or confirmed. */
  carriedOver?: { from: string; items: readonly ItemKey[] };
}) {
  const router = useRouter();
  const { values, conflicts, status, change, resolve, flush } = useAutosave(target, initial);
  const [confirming, setConfirming] = useState(false);
  const [submitProblem, setSubmitProblem] = useState<{ message: string; missing: readonly CheckItem[] } | null>(null);
  const [submitting, startSubmit] = useTransition();
  const [touched, setTouched] = useState<ReadonlySet<ItemKey>>(new Set());
  const edit = (itemKey: ItemKey, value: Parameters<typeof change>[1]) => {
    if (!touched.has(itemKey)) setTouched(new Set([...touched, itemKey]));
    change(itemKey, value);
  };
  const scores = Object.fromEntries(ITEM_KEYS.map((key) => [key, values[key]?.score ?? null]));
  const answered = countAnswered(scores);
  const missing = CHECK_ITEMS.filter((item) => (values[item.key]?.score ?? null) === null);

  function requestSubmit() {
    if (missing.length > 0) {
      setSubmitProblem({ message: missingItemsMessage(missing.map((item) => item.key)), missing });
      return;
    }
    setSubmitProblem(null);
    setConfirming(true);
  }

  function send() {
    startSubmit(async () => {
      if (!(await flush())) {
        setSubmitProblem({ message: "Noch sind nicht alle Änderungen gespeichert. Bitte versuchen Sie es gleich noch einmal.", missing: [] });
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
            Fortschritt
          </label>
          <progress id="fortschritt" max={13} value={answered} className="h-3 w-48 accent-brand-700" />
          <span className="tabular-nums">{answered} von 13 beantwortet</span>
          <a href="#einreichen" className="font-semibold">
            Zum Einreichen
          </a>
        </div>
        <p
          aria-live="polite"
          className={`mt-1 text-sm ${status.kind === "retrying" || status.kind === "error" ? "font-semibold text-danger-700" : "text-muted"}`}
        >
          {statusText(status)}
        </p>
      </div>

      <KeyboardHint />
      <ol aria-label="Fragen des Kurz-Checks" className="mt-4 space-y-6">
        {CHECK_ITEMS.map((item) => {
          const value = values[item.key];
          const note = value?.note ?? "";
          const noteId = `anmerkung-${item.key}`;
          return (
            <ItemQuestion key={item.key} item={item} value={value?.score ?? null} onChange={(score) => edit(item.key, { score })}>
              {carriedOver?.items.includes(item.key) && !touched.has(item.key) ? (
                <p className="mt-2 flex flex-wrap items-center gap-3 text-sm">
                  <span className="rounded bg-warning-100 px-2 py-0.5 font-semibold">aus {carriedOver.from} übernommen</span>
                  <button type="button" className="font-semibold text-brand-700 underline" onClick={() => edit(item.key, {})}>
                    Unverändert bestätigen
                    <span className="sr-only"> (Frage {item.number})</span>
                  </button>
                </p>
              ) : null}
              {hints?.[item.key]}
              <div className="mt-4">
                <label htmlFor={noteId} className="block font-semibold">
                  Anmerkung
                </label>
                <textarea
                  id={noteId}
                  value={note}
                  maxLength={NOTE_MAX_LENGTH}
                  onChange={(event) => edit(item.key, { note: event.target.value })}
                  aria-describedby={`${noteId}-zaehler`}
                  rows={2}
                  className="mt-1 block w-full max-w-3xl rounded border-2 border-[#6b7280] px-3 py-2"
                />
                <p id={`${noteId}-zaehler`} className="mt-1 text-sm text-muted">
                  {formatNumber(note.length)} von {formatNumber(NOTE_MAX_LENGTH)} Zeichen · Was gibt es schon, was belegt Ihre Einschätzung?
                </p>
              </div>
              {conflicts[item.key] ? <ConflictNotice itemKey={item.key} conflict={conflicts[item.key]!} onResolve={resolve} /> : null}
              <FactorLinks item={item} label="Erfolgsfaktor" />
            </ItemQuestion>
          );
        })}
      </ol>

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
            title="Noch nicht eingereicht"
            message={submitProblem.message}
            errors={submitProblem.missing.map((item) => ({ field: item.key, text: `Zu Frage ${item.number}: ${item.title}` }))}
          />
        ) : null}
      </section>
    </div>
  );
}
