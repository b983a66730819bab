"use client";

import Link from "next/link";
import { useEffect, useState } from "react";
import { Button, ButtonLink } from "@/components/ui/button";
import { CHECK_ITEMS } from "@/lib/kurzcheck/items";
import { ITEM_KEYS } from "@/lib/kurzcheck/keys";
import { countAnswered, type AnswerScores } from "@/lib/kurzcheck/scoring";
import { answersFromFragment } from "@/lib/kurzcheck/trial-storage";
import { ORGANISATION_KINDS, type OrganisationKind } from "@/lib/organisations";
import { CheckResult } from "./check-result";
import { FactorLinks } from "./factor-links";
import { ItemQuestion } from "./item-question";
import { KeyboardHint } from "./keyboard-hint";
import { KeepTrialResult } from "./keep-trial-result";
import { readTrialAnswers, useTrialAnswers, useTrialKind } from "./use-trial-answers";

/** The anonymous Kurz-Check: answers stay in this browser until the visitor registers. */
export function TrialCheck() {
  const { answers, setAnswer, reset, replace } = useTrialAnswers();
  const { kind, setKind } = useTrialKind();
  const [announcement, setAnnouncement] = useState("");
  /** What "Rückgängig" brings back: the answers before a reset, or before a link's answers replaced them. */
  const [undo, setUndo] = useState<AnswerScores | null>(null);
  const answered = countAnswered(answers);
  const total = ITEM_KEYS.length;

  // A result opened from a link ("Ergebnis behalten"): its answers are shown, and what was here before can come back.
  useEffect(() => {
    const fromLink = answersFromFragment(window.location.hash);
    if (!fromLink) return;
    const before = readTrialAnswers();
    replace(fromLink.answers);
    if (fromLink.kind && fromLink.kind in ORGANISATION_KINDS) setKind(fromLink.kind as OrganisationKind);
    history.replaceState(null, "", window.location.pathname + window.location.search);
    queueMicrotask(() => {
      setUndo(countAnswered(before) ? before : null);
      setAnnouncement(`Die ${countAnswered(fromLink.answers)} Antworten aus dem Link werden angezeigt.`);
    });
  }, [replace, setKind]);

  function handleReset() {
    setUndo(answers);
    reset();
    setAnnouncement(`Alle ${answered} Antworten wurden gelöscht.`);
  }

  function handleUndo() {
    if (!undo) return;
    replace(undo);
    setUndo(null);
    setAnnouncement("Die vorherigen Antworten sind wiederhergestellt.");
  }

  return (
    <div>
      <form aria-labelledby="probe-titel" onSubmit={(event) => event.preventDefault()} className="no-print">
        <h2 id="probe-titel" className="text-2xl font-bold text-brand-900">
          Kurz-Check ausprobieren
        </h2>
        <p className="mt-2 max-w-3xl">
          Ihre Antworten bleiben in diesem Browser gespeichert und werden nicht an uns übertragen. Schätzen Sie für jede Frage ein, wie weit Sie zustimmen: 0 %
          heißt „trifft gar nicht zu“, 100 % heißt „trifft voll zu“.
        </p>

        <div className="mt-4">
          <label htmlFor="probe-art" className="block font-semibold">
            Art Ihrer Kommune <span className="font-normal text-muted">(optional)</span>
          </label>
          <p id="probe-art-hinweis" className="text-sm text-muted">
            Manche nächsten Schritte unterscheiden sich: Ein Landkreis koordiniert seine Gemeinden, eine kreisangehörige Gemeinde bürgert nicht selbst ein.
          </p>
          <select
            id="probe-art"
            aria-describedby="probe-art-hinweis"
            value={kind ?? ""}
            onChange={(event) => setKind((event.target.value || null) as OrganisationKind | null)}
            className="mt-1 block rounded border-2 border-[#6b7280] px-3 py-2"
          >
            <option value="">keine Angabe</option>
            {Object.entries(ORGANISATION_KINDS).map(([key, label]) => (
              <option key={key} value={key}>
                {label}
              </option>
            ))}
          </select>
        </div>

        <div className="sticky top-0 z-10 mt-4 border-b border-line bg-white py-3">
          <label htmlFor="fortschritt" className="font-semibold">
            Fortschritt
          </label>
          <div className="flex items-center gap-3">
            <progress id="fortschritt" max={total} value={answered} className="h-3 w-full max-w-md accent-brand-700" />
            <span aria-live="polite" className="whitespace-nowrap tabular-nums">
              {answered} von {total} beantwortet
            </span>
          </div>
        </div>

        <KeyboardHint />
        <ol aria-label="Fragen des Kurz-Checks" className="mt-4 space-y-6">
          {CHECK_ITEMS.map((item) => (
            <ItemQuestion key={item.key} item={item} value={answers[item.key] ?? null} onChange={(score) => setAnswer(item.key, score)}>
              <FactorLinks item={item} label="Erfolgsfaktor" />
            </ItemQuestion>
          ))}
        </ol>

        <div className="mt-6 flex flex-wrap items-center gap-4">
          <Button variant="secondary" onClick={handleReset} disabled={answered === 0}>
            Zurücksetzen
          </Button>
          <p role="status" className="text-sm">
            {announcement}
          </p>
          {undo ? (
            <Button variant="secondary" onClick={handleUndo}>
              Rückgängig
            </Button>
          ) : null}
        </div>
      </form>

      {answered === total ? (
        <>
          <CheckResult scores={answers} kind={kind} />
          <KeepTrialResult answers={answers} kind={kind} />
          <aside aria-labelledby="sichern" className="mt-10 rounded-lg bg-brand-900 p-6 text-white">
            <h2 id="sichern" className="text-xl font-bold">
              Ergebnis sichern und jährlich vergleichen
            </h2>
            <p className="mt-2 max-w-3xl">
              Registrieren Sie Ihre Kommune, dann übernehmen wir diese Antworten als ersten Entwurf. Sie können ihn mit Kolleg*innen ergänzen, einreichen, eine
              Rückmeldung des Netzwerks NIKO erhalten und den Check jedes Jahr wiederholen.
            </p>
            <ButtonLink href="/registrieren" variant="secondary" className="mt-4">
              Kommune registrieren
            </ButtonLink>
          </aside>
        </>
      ) : (
        <p className="mt-8 rounded-lg bg-brand-50 p-4">
          Ihr Ergebnis erscheint hier, sobald alle {total} Fragen beantwortet sind (noch offen: {total - answered}). Anregungen zu jeder Frage finden Sie bei
          den <Link href="/erfolgsfaktoren">Erfolgsfaktoren</Link>.
        </p>
      )}
    </div>
  );
}
