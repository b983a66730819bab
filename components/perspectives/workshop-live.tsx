"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";

const POLL_MS = 3_000;

/**
 * The live count on the projector: Server-Sent Events from the server (fed by
 * PostgreSQL LISTEN/NOTIFY, so a vote on any app instance arrives), falling
 * back to polling when the stream is cut. When the workshop ends elsewhere,
 * the page reloads into its results.
 */
export function WorkshopLive({ workshopId, initial }: { workshopId: string; initial: number }) {
  const router = useRouter();
  const [responses, setResponses] = useState(initial);
  const [mode, setMode] = useState<"live" | "polling">("live");

  useEffect(() => {
    let poller: number | null = null;
    const apply = (data: { responses: number; ended: boolean }) => {
      setResponses(data.responses);
      if (data.ended) router.refresh();
    };
    const poll = () => {
      poller ??= window.setInterval(async () => {
        const response = await fetch(`/api/workshops/${workshopId}/stand`, { cache: "no-store" }).catch(() => null);
        if (response?.ok) apply(await response.json());
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
    <p className="text-3xl font-bold" aria-live="polite" data-live-mode={mode}>
      <span data-testid="antworten">{responses}</span> {responses === 1 ? "Antwort" : "Antworten"} eingegangen
    </p>
  );
}
