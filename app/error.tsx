"use client";

import Link from "next/link";

/**
 * Shown when a page fails unexpectedly. The cause is logged on the server
 * (instrumentation.ts, with the request id the page shows), never shown here.
 */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main id="inhalt" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-8">
      <h1 className="text-3xl font-bold text-brand-900">Etwas ist schiefgegangen</h1>
      <p className="mt-4 max-w-prose">
        Diese Seite konnte gerade nicht geladen werden. Ihre bereits gespeicherten Angaben sind davon nicht betroffen. Bitte versuchen Sie es in einem Moment
        erneut.
      </p>
      {error.digest ? <p className="mt-2 text-sm text-muted">Fehlerkennung für Rückfragen: {error.digest}</p> : null}
      <div className="mt-6 flex flex-wrap gap-4">
        <button type="button" onClick={reset} className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-900">
          Erneut versuchen
        </button>
        <Link href="/" className="self-center">
          Zur Startseite
        </Link>
      </div>
    </main>
  );
}
