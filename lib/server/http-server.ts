/**
 * The portal's HTTP server: Next.js's request handler behind one step that
 * settles who the client is.
 *
 * Why not `next start`: Next.js fills X-Forwarded-For from the socket only
 * when the header is missing, so a client talking to the app directly can
 * name any address it likes. Here the forwarding headers of a peer that is
 * not a trusted proxy are dropped, and X-Forwarded-For is replaced by the one
 * resolved client address (see proxy-trust.ts) before Next.js sees the
 * request; `lib/http/client-address.ts` reads exactly that.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { resolveClientAddress, type ProxyTrust } from "./proxy-trust";
import { originOf, requestOriginStore } from "./request-origin";

const FORWARDING_HEADERS = ["x-forwarded-host", "x-forwarded-proto", "x-forwarded-port", "x-real-ip"] as const;

/** Rewrites the forwarding headers of `request` in place: afterwards X-Forwarded-For holds one trustworthy address. */
export function settleClientAddress(request: IncomingMessage, trust: ProxyTrust): void {
  const peer = request.socket.remoteAddress;
  const client = resolveClientAddress(peer, request.headers["x-forwarded-for"], trust);
  if (!peer || !trust.trusts(peer)) for (const name of FORWARDING_HEADERS) delete request.headers[name];
  request.headers["x-forwarded-for"] = client;
}

export function createPortalServer(
  handle: (request: IncomingMessage, response: ServerResponse) => unknown,
  trust: ProxyTrust,
  options: { siteUrlConfigured: boolean } = { siteUrlConfigured: true },
): Server {
  const origins = requestOriginStore();
  return createServer((request, response) => {
    settleClientAddress(request, trust);
    // Without SITE_URL (the demo) links in mails point where this request came from.
    const origin = options.siteUrlConfigured ? null : originOf(request.headers);
    if (origin) origins.run(origin, () => void handle(request, response));
    else void handle(request, response);
  });
}
