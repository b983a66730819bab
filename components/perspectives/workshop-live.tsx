"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { Notice } from "@/components/ui/notice";

const POLL_MS = 3_000;
const SESSION_ENDED = "Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an, damit die Zahl wieder mitläuft.";
const NO_ACCESS = "Sie haben keinen Zugriff mehr auf diesen Workshop. Die Zahl wird nicht mehr aktualisiert.";

/**
 * The live count on the projector: Server-Sent Events from the server (fed by
 * PostgreSQL LISTEN/NOTIFY, so a vote on any app instance arrives), falling
 * back to polling when the stream is cut. When the workshop ends elsewhere,
 * the page reloads into its results.
 */
export function WorkshopLive({ workshopId, initial }: { workshopId: string; initial: number }) {
  const router = useRouter();
  const [responses, setResponses] = useState(initial);
  const [mode, setMode] = useState<"live" | "polling" | "stopped">("live");
  const [stoppedBecause, setStoppedBecause] = useState<string | null>(null);

  useEffect(() => {
    let poller: number | null = null;
    const apply = (data: { responses: number; ended: boolean }) => {
      setResponses(data.responses);
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
      {stoppedBecause ? (
        <Notice tone="warning" announce>
          {stoppedBecause}
        </Notice>
      ) : null}
    </>
  );
}
