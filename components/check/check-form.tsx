"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { formatNumber, formatTime, formatPercent } from "@/lib/format";
import { CHECK_ITEMS, type CheckItem } from "@/lib/kurzcheck/items";
import { ITEM_KEYS, NOTE_MAX_LENGTH, type ItemKey } from "@/lib/kurzcheck/keys";
import { countAnswered } from "@/lib/kurzcheck/scoring";
import { FactorLinks } from "./factor-links";
import { useT } from "@/components/i18n/guest-intl";
import { ItemQuestion, type QuestionnaireItem } from "./item-question";
import { KeyboardHint } from "./keyboard-hint";
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
  items = CHECK_ITEMS,
  withFactorLinks = true,
}: {
  target: SaveTarget;
  initial: Partial<Record<ItemKey, ServerItem>>;
  submit: SubmitOptions;
  hints?: Partial<Record<ItemKey, React.ReactNode>>;
  /** Answers taken over from the previous round (its year) and not touched since: marked until changed or confirmed. */
  carriedOver?: { from: string; items: readonly ItemKey[] };
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
  const [touched, setTouched] = useState<ReadonlySet<ItemKey>>(new Set());
  const edit = (itemKey: ItemKey, value: Parameters<typeof change>[1]) => {
    if (!touched.has(itemKey)) setTouched(new Set([...touched, itemKey]));
    change(itemKey, value);
  };
  const scores = Object.fromEntries(ITEM_KEYS.map((key) => [key, values[key]?.score ?? null]));
  const answered = countAnswered(scores);
  const missing = items.filter((item) => (values[item.key]?.score ?? null) === null);

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
      <ol aria-label={t.text("fragen")} className="mt-4 space-y-6">
        {items.map((item) => {
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
                  {t("anmerkung")}
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
                  {t("zeichen", { count: formatNumber(note.length), max: formatNumber(NOTE_MAX_LENGTH) })} · {t("zeichenHinweis")}
                </p>
              </div>
              {conflicts[item.key] ? <ConflictNotice itemKey={item.key} conflict={conflicts[item.key]!} onResolve={resolve} /> : null}
              {withFactorLinks ? <FactorLinks item={item} label="Erfolgsfaktor" /> : null}
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
            title={submit.notSentTitle ?? "Noch nicht eingereicht"}
            message={submitProblem.message}
            errors={submitProblem.missing.map((item) => ({ field: item.key, text: errors.text("frageOffen", { number: item.number, title: item.title }) }))}
          />
        ) : null}
      </section>
    </div>
  );
}
