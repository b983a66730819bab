"use client";

import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";

const IDLE_LIMIT_MS = 30 * 60 * 1000;
const WARN_BEFORE_MS = 5 * 60 * 1000;
/** Activity refreshes the session cookie at most this often. */
const REFRESH_EVERY_MS = 60 * 1000;

/**
 * Keeps the 30-minute idle timeout honest: while the user works, the session
 * cookie is refreshed; five minutes before it would lapse a dialog offers to
 * stay signed in; when it lapses the user is taken to the sign-in page.
 */
export function SessionKeeper() {
  const router = useRouter();
  const lastRefresh = useRef(0);
  const [warning, setWarning] = useState(false);
  const stayButton = useRef<HTMLButtonElement>(null);

  const expire = useCallback(() => {
    router.replace(`/anmelden?hinweis=abgelaufen&weiter=${encodeURIComponent(window.location.pathname)}`);
  }, [router]);

  const refresh = useCallback(async () => {
    lastRefresh.current = Date.now();
    setWarning(false);
    const response = await fetch("/api/auth/session", { credentials: "same-origin" }).catch(() => null);
    const session = response?.ok ? ((await response.json()) as { user?: unknown } | null) : null;
    if (response?.ok && !session?.user) expire();
  }, [expire]);

  useEffect(() => {
    lastRefresh.current = Date.now();
    const onActivity = () => {
      if (Date.now() - lastRefresh.current > REFRESH_EVERY_MS) void refresh();
    };
    const events = ["keydown", "pointerdown", "input"] as const;
    events.forEach((event) => window.addEventListener(event, onActivity, { passive: true }));
    const timer = window.setInterval(() => {
      const idle = Date.now() - lastRefresh.current;
      if (idle >= IDLE_LIMIT_MS) expire();
      else if (idle >= IDLE_LIMIT_MS - WARN_BEFORE_MS) setWarning(true);
    }, 15_000);
    return () => {
      events.forEach((event) => window.removeEventListener(event, onActivity));
      window.clearInterval(timer);
    };
  }, [refresh, expire]);

  useEffect(() => {
    if (warning) stayButton.current?.focus();
  }, [warning]);

  if (!warning) return null;
  return (
    <div
      role="alertdialog"
      aria-modal="false"
      aria-labelledby="sitzung-titel"
      aria-describedby="sitzung-text"
      className="fixed inset-x-4 bottom-4 z-50 mx-auto max-w-lg rounded-lg border-2 border-warning-700 bg-warning-100 p-5 shadow-lg"
    >
      <h2 id="sitzung-titel" className="text-lg font-bold">
        Ihre Sitzung endet bald
      </h2>
      <p id="sitzung-text" className="mt-1">
        Sie waren eine Weile nicht aktiv. In etwa fünf Minuten werden Sie aus Sicherheitsgründen abgemeldet. Gespeicherte Angaben bleiben erhalten.
      </p>
      <Button ref={stayButton} className="mt-3" onClick={() => void refresh()}>
        Angemeldet bleiben
      </Button>
    </div>
  );
}
