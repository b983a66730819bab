"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { PrintButton } from "@/components/ui/print-button";
import type { AnswerScores } from "@/lib/kurzcheck/scoring";
import { answersToFragment } from "@/lib/kurzcheck/trial-storage";

/**
 * Keeping the anonymous trial's result without an account: a print view (or
 * PDF) and a link that carries the 13 answers in its fragment — the part
 * after "#", which browsers never send, so nothing of it reaches the server.
 */
export function KeepTrialResult({ answers, kind }: { answers: AnswerScores; kind: string | null }) {
  const [copied, setCopied] = useState("");
  const link = typeof window === "undefined" ? "" : `${window.location.origin}/kurz-check#${answersToFragment(answers, kind)}`;
  async function copy() {
    try {
      await navigator.clipboard.writeText(link);
      setCopied("Der Link ist kopiert.");
    } catch {
      setCopied("Kopieren ist hier nicht möglich: Bitte markieren Sie den Link im Feld und kopieren Sie ihn selbst.");
    }
  }
  return (
    <section aria-labelledby="behalten" className="no-print mt-10 rounded-lg border border-line p-5">
      <h2 id="behalten" className="text-xl font-bold text-brand-900">
        Ergebnis behalten
      </h2>
      <p className="mt-2 max-w-3xl">
        Drucken Sie das Ergebnis aus oder speichern Sie es als PDF. Oder bewahren Sie den Link auf: Er enthält Ihre 13 Antworten und öffnet dieses Ergebnis
        wieder, auch auf einem anderen Gerät. Die Antworten stehen nur im Link selbst; unser Server erhält und speichert sie nicht.
      </p>
      <div className="mt-4 flex flex-wrap gap-3">
        <PrintButton>Ergebnis drucken oder als PDF speichern</PrintButton>
        <Button variant="secondary" onClick={copy}>
          Link kopieren
        </Button>
      </div>
      <label htmlFor="ergebnis-link" className="mt-4 block font-semibold">
        Link zu diesem Ergebnis
      </label>
      <input
        id="ergebnis-link"
        readOnly
        value={link}
        onFocus={(event) => event.currentTarget.select()}
        className="mt-1 block w-full max-w-3xl rounded border-2 border-[#6b7280] px-3 py-2 text-sm"
      />
      <p role="status" className="mt-2 text-sm">
        {copied}
      </p>
    </section>
  );
}
