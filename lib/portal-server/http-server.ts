/**
 * The portal's HTTP server: Next.js's request handler behind one step that
 * settles who the client is.
 *
 * Why not `next start`: Next.js fills X-Forwarded-For from the socket only
 * when the header is missing, so a client talking to the app directly can
 * name any address it likes. Here the forwarding headers of a peer that is
 * not a trusted proxy are dropped, and X-Forwarded-For is replaced by the one
 * resolved client address (see proxy-trust.ts) before Next.js sees the
 * request; `lib/route-handlers/client-address.ts` reads exactly that.
 *
 * The same step gives every request its id (X-Request-Id, taken from a
 * trusted proxy or made here), runs it inside the request context, writes
 * its JSON log line and counts it; /api/metrics and the autosave endpoint
 * (autosave-endpoint.ts: the most frequent request, kept clear of Next's
 * routing) are answered here too.
 */
import { randomUUID, timingSafeEqual } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { isIP } from "node:net";
import { logger } from "../log";
import { metrics } from "./metrics";
import { routeLabel } from "./route-label";
import { autosaveTarget } from "./autosave-path";
import { bodyTooLarge, TOO_LARGE_PAGE } from "./body-limit";
import { SECURITY_HEADER_FIELDS } from "./security-headers";
import { resolveClientAddress, type ProxyTrust } from "./proxy-trust";
import { originOf, requestPathOf, requestContextStore } from "./request-context";

const FORWARDING_HEADERS = ["x-forwarded-host", "x-forwarded-proto", "x-forwarded-port", "x-real-ip"] as const;

/** Rewrites the forwarding headers of `request` in place: afterwards X-Forwarded-For holds one trustworthy address. */
export function settleClientAddress(request: IncomingMessage, trust: ProxyTrust): void {
  const peer = request.socket.remoteAddress;
  const client = resolveClientAddress(peer, request.headers["x-forwarded-for"], trust);
  if (!peer || !trust.trusts(peer)) for (const name of FORWARDING_HEADERS) delete request.headers[name];
  request.headers["x-forwarded-for"] = client;
}

const REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;
/** Routes too frequent to log at "info": static files, health checks of the load balancer, metric scrapes. */
const QUIET = new Set(["/_next/…", "/api/health", "/api/metrics", "/favicon.ico"]);

function requestIdFor(request: IncomingMessage, trust: ProxyTrust): string {
  const given = request.headers["x-request-id"];
  const peer = request.socket.remoteAddress;
  return typeof given === "string" && REQUEST_ID.test(given) && peer && trust.trusts(peer) ? given : randomUUID();
}

function isLoopback(address: string): boolean {
  const plain = address.startsWith("::ffff:") ? address.slice(7) : address;
  return plain === "::1" || (isIP(plain) === 4 && plain.startsWith("127."));
}

/** /api/metrics for loopback (the settled client address, so not through a proxy) or with METRICS_TOKEN as Bearer token. */
async function serveMetrics(request: IncomingMessage, response: ServerResponse): Promise<void> {
  const token = process.env.METRICS_TOKEN;
  const given = /^Bearer (.+)$/.exec(request.headers.authorization ?? "")?.[1];
  const byToken = Boolean(token && given && given.length === token.length && timingSafeEqual(Buffer.from(given), Buffer.from(token)));
  if (!byToken && !isLoopback(String(request.headers["x-forwarded-for"] ?? ""))) {
    response.writeHead(403, { "Content-Type": "text/plain; charset=utf-8" }).end("Kein Zugriff: Kennzahlen nur vom Rechner selbst oder mit METRICS_TOKEN.\n");
    return;
  }
  const registry = metrics().registry;
  response.writeHead(200, { "Content-Type": registry.contentType, "Cache-Control": "no-store" }).end(await registry.metrics());
}

/** An endpoint of this server threw: logged with the request's id; the client gets a German answer if it is still there. */
function failed(response: ServerResponse, error: unknown): void {
  logger().error({ err: error }, "Unerwarteter Fehler beim Speichern");
  if (response.headersSent) response.destroy();
  else
    response
      .writeHead(500, { "Content-Type": "application/json" })
      .end(JSON.stringify({ ok: false, code: "unexpected", message: "Ein unerwarteter Fehler ist aufgetreten." }));
}

/** The benchmark's reference pages; they exist for `npm run bench` and outside measurements only. */
const BENCHMARK_BASELINE = /^\/benchmark-baseline(\/|$|\?)/;
/** A path no page has: Next.js answers it with the portal's own 404 page. */
const NOT_FOUND_PATH = "/nicht-gefunden";

export interface PortalServerOptions {
  /** Without SITE_URL (the demo) links in mails point where the request came from. */
  siteUrlConfigured: boolean;
  /** BENCHMARK_BASELINE=1: the benchmark's reference pages answer; otherwise they are 404 like any unknown page. */
  benchmarkBaseline: boolean;
}

export function createPortalServer(
  handle: (request: IncomingMessage, response: ServerResponse) => unknown,
  trust: ProxyTrust,
  options: PortalServerOptions = { siteUrlConfigured: true, benchmarkBaseline: false },
): Server {
  const contexts = requestContextStore();
  const log = logger();
  const figures = metrics();
  return createServer((request, response) => {
    const started = performance.now();
    settleClientAddress(request, trust);
    const id = requestIdFor(request, trust);
    request.headers["x-request-id"] = id;
    response.setHeader("X-Request-Id", id);
    // Without SITE_URL (the demo) links in mails point where this request came from.
    const context = {
      id,
      origin: options.siteUrlConfigured ? null : originOf(request.headers),
      path: requestPathOf(request.url),
      userId: null as string | null,
    };
    response.on("finish", () => {
      const durationMs = performance.now() - started;
      const route = routeLabel(request.url, response.statusCode);
      figures.requests.inc({ route, method: request.method ?? "?", status: String(response.statusCode) });
      figures.duration.observe({ route, method: request.method ?? "?" }, durationMs / 1000);
      const line = {
        requestId: id,
        method: request.method,
        route,
        status: response.statusCode,
        durationMs: Math.round(durationMs * 10) / 10,
        userId: context.userId,
      };
      if (response.statusCode >= 500) log.error(line, "request");
      else if (QUIET.has(route)) log.debug(line, "request");
      else log.info(line, "request");
    });
    if (!options.benchmarkBaseline && BENCHMARK_BASELINE.test(request.url ?? "")) request.url = NOT_FOUND_PATH;
    if (bodyTooLarge(request.headers)) {
      // Answered before anything reads the body; the connection closes so the rest is never read.
      response.writeHead(413, { "Content-Type": "text/html; charset=utf-8", Connection: "close", ...SECURITY_HEADER_FIELDS }).end(TOO_LARGE_PAGE);
      return;
    }
    contexts.run(context, () => {
      const autosave = autosaveTarget(request.url);
      // Loaded on first use: its modules (React among them) must load after the server has set NODE_ENV.
      if (autosave)
        void import("./autosave-endpoint")
          .then(({ serveAutosave }) => serveAutosave(request, response, autosave))
          .catch((error: unknown) => failed(response, error));
      else if (request.method === "GET" && request.url?.split("?")[0] === "/api/metrics") void serveMetrics(request, response);
      else void handle(request, response);
    });
  });
}
