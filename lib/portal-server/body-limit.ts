/**
 * The largest request body the portal reads: a form with an uploaded table
 * (2 MB, lib/services/uploaded-table.ts) and its fields. Next.js's server
 * actions take the same limit (next.config.ts); the portal server refuses a
 * larger body before Next.js reads it, with a German page instead of the
 * framework's 500, and the shipped nginx does the same in front of it.
 */
export const MAX_REQUEST_BODY_BYTES = 3 * 1024 * 1024;

/** The page a browser shows for a body over the limit (without JavaScript; with it, the form refuses the file before sending). */
export const TOO_LARGE_PAGE = `<!doctype html>
<html lang="de"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Datei zu groß – Kurz-Check Integration</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.5">
<h1>Die gesendete Datei ist zu groß</h1>
<p>Das Portal nimmt Dateien bis 2 MB an. Es wurde nichts gespeichert. Bitte gehen Sie mit der Zurück-Taste Ihres Browsers zum Formular und wählen Sie eine kleinere Datei.</p>
</body></html>
`;

/** Whether a request announces a body over the limit (Content-Length); chunked bodies are left to Next.js's own limit. */
export function bodyTooLarge(headers: { "content-length"?: string }): boolean {
  const length = Number(headers["content-length"] ?? 0);
  return Number.isFinite(length) && length > MAX_REQUEST_BODY_BYTES;
}
