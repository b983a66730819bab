/**
 * The autosave endpoint, answered by the portal's own server before Next.js
 * sees the request. Why: every editor saves about once a second, and
 * `npm run bench` showed Next's handling of a route handler (request and
 * response objects, routing, the app's module scope) costing several times
 * the save itself. Here a save is: settle the session from its cookie, re-read
 * the user (revocation counts on every request, as everywhere), one save
 * statement, one JSON answer. The rules live in lib/route-handlers/autosave.ts.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { parse as parseCookies } from "cookie";
import { sessionCookieName, sessionFromCookies, type CookieJar } from "@/lib/auth/session-cookie";
import { saveAutosave, type AutosaveTarget } from "@/lib/route-handlers/autosave";
import { MAX_BODY_BYTES } from "@/lib/route-handlers/json";
import { SECURITY_HEADER_FIELDS } from "./security-headers";

/** The body as text; beyond the limit only its length counts (parseJsonBody refuses it then). */
function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES + 1) chunks.push(chunk);
    });
    request.on("end", () => resolve(size > MAX_BODY_BYTES ? "x".repeat(MAX_BODY_BYTES + 1) : Buffer.concat(chunks).toString("utf8")));
    request.on("error", reject);
  });
}

function cookieJar(header: string | undefined): CookieJar {
  const cookies = parseCookies(header ?? "");
  return {
    get: (name) => (cookies[name] === undefined ? undefined : { value: cookies[name] }),
    getAll: () => Object.keys(cookies).map((name) => ({ name })),
  };
}

function send(response: ServerResponse, status: number, body: string, extra: Record<string, string> = {}) {
  response.writeHead(status, {
    ...SECURITY_HEADER_FIELDS,
    "Content-Type": "application/json",
    "Cache-Control": "private, no-store",
    ...extra,
  });
  response.end(body);
}

export async function serveAutosave(request: IncomingMessage, response: ServerResponse, target: AutosaveTarget): Promise<void> {
  if (request.method !== "PUT") {
    send(response, 405, JSON.stringify({ ok: false, code: "invalid", message: "Diese Adresse nimmt nur Speicherungen an (PUT)." }), { Allow: "PUT" });
    return;
  }
  const headers = request.headers;
  // As Next.js fills it in for pages: the trusted proxy's word (untrusted ones were dropped), else this very connection.
  const protocol = (headers["x-forwarded-proto"] as string | undefined) ?? ("encrypted" in request.socket ? "https" : "http");
  const answer = await saveAutosave({
    origin: headers.origin,
    host: (headers["x-forwarded-host"] as string | undefined) ?? headers.host,
    session: () => sessionFromCookies(cookieJar(headers.cookie), sessionCookieName(protocol)),
    target,
    body: await readBody(request),
  });
  send(response, answer.status, JSON.stringify(answer.body));
}
