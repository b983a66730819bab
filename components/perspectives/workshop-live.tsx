"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { SubmitButton } from "@/components/ui/form";
import { Notice } from "@/components/ui/notice";
import type { FormAction } from "@/lib/actions/form-state";
import { formatCount } from "@/lib/format";

const POLL_MS = 3_000;
const SESSION_ENDED = "Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an, damit die Zahl wieder mitläuft.";
const NO_ACCESS = "Sie haben keinen Zugriff mehr auf diesen Workshop. Die Zahl wird nicht mehr aktualisiert.";

/**
 * The live count on the projector: Server-Sent Events from the server (fed by
 * PostgreSQL LISTEN/NOTIFY, so a vote on any app instance arrives), falling
 * back to polling when the stream is cut. When the workshop ends elsewhere,
 * the page reloads into its results. Whoever runs the workshop ends it here,
 * after being told how many people are still answering.
 */
export function WorkshopLive({
  workshopId,
  initial,
  end,
}: {
  workshopId: string;
  initial: { responses: number; answering: number };
  /** "Workshop beenden" for those who run it: the area's action and the ids it reads; null for those who only watch. */
  end: { action: FormAction; fields: Record<string, string> } | null;
}) {
  const router = useRouter();
  const [responses, setResponses] = useState(initial.responses);
  const [answering, setAnswering] = useState(initial.answering);
  const [confirming, setConfirming] = useState(false);
  const [mode, setMode] = useState<"live" | "polling" | "stopped">("live");
  const [stoppedBecause, setStoppedBecause] = useState<string | null>(null);

  useEffect(() => {
    let poller: number | null = null;
    const apply = (data: { responses: number; answering: number; ended: boolean }) => {
      setResponses(data.responses);
      setAnswering(data.answering);
      if (data.ended) router.refresh();
    };
    const poll = () => {
      poller ??= window.setInterval(async () => {
        const response = await fetch(`/api/workshops/${workshopId}/stand`, { cache: "no-store" }).catch(() => null);
        if (response?.ok) return apply(await response.json());
        // A refusal does not pass by itself: stop asking and say why (a network hiccup just tries again).
        if (response && [401, 403, 404].includes(response.status)) {
          if (poller !== null) window.clearInterval(poller);
          setMode("stopped");
          setStoppedBecause(response.status === 401 ? SESSION_ENDED : NO_ACCESS);
        }
      }, POLL_MS);
    };
    const source = new EventSource(`/api/workshops/${workshopId}/ereignisse`);
    source.onmessage = (event) => apply(JSON.parse(event.data));
    source.onerror = () => {
      source.close();
      setMode("polling");
      poll();
    };
    return () => {
      source.close();
      if (poller !== null) window.clearInterval(poller);
    };
  }, [workshopId, router]);

  return (
    <>
      <p className="text-3xl font-bold" aria-live="polite" data-live-mode={mode}>
        <span data-testid="antworten">{responses}</span> {responses === 1 ? "Antwort" : "Antworten"} eingegangen
      </p>
      <p className="mt-2 text-xl" aria-live="polite">
        {answering > 0 ? `${formatCount(answering, "Person beantwortet", "Personen beantworten")} gerade noch die Fragen.` : "Gerade füllt niemand mehr aus."}
      </p>
      {end ? (
        confirming ? (
          <div
            role="alertdialog"
            aria-labelledby="beenden-frage"
            aria-describedby="beenden-folge"
            className="mt-6 max-w-xl rounded-lg border-2 border-warning-700 bg-warning-100 p-4"
          >
            <p id="beenden-frage" className="font-bold">
              Workshop jetzt beenden?
            </p>
            <p id="beenden-folge" className="mt-1">
              {answering > 0
                ? `${formatCount(answering, "Person beantwortet", "Personen beantworten")} die Fragen noch. Nach dem Ende können sie ihre Antworten nicht mehr absenden. Warten Sie gegebenenfalls noch einen Moment.`
                : "Nach dem Ende nimmt der Teilnahmecode keine Antworten mehr an; die Verteilung der Antworten erscheint."}
            </p>
            <ActionForm action={end.action} aria-label="Workshop beenden bestätigen" className="mt-3 flex flex-wrap items-end gap-3">
              {() => (
                <>
                  {Object.entries(end.fields).map(([name, value]) => (
                    <input key={name} type="hidden" name={name} value={value} />
                  ))}
                  <SubmitButton>Ja, jetzt beenden</SubmitButton>
                  <Button variant="secondary" onClick={() => setConfirming(false)}>
                    Weiterlaufen lassen
                  </Button>
                </>
              )}
            </ActionForm>
          </div>
        ) : (
          <Button variant="secondary" className="mt-6" onClick={() => setConfirming(true)}>
            Workshop beenden
          </Button>
        )
      ) : null}
      {stoppedBecause ? (
        <Notice tone="warning" announce>
          {stoppedBecause}
        </Notice>
      ) : null}
    </>
  );
}
