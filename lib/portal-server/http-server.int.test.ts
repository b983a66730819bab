// Rule guarded: behind the portal's server a client cannot choose the address the throttles count.
// A peer that is not a trusted proxy has its X-Forwarded-* headers replaced by its socket address;
// a trusted proxy (default: loopback) is believed, right-most untrusted entry first.
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { createPortalServer } from "./http-server";
import { parseTrustedProxies } from "./proxy-trust";

const servers: { close(): void }[] = [];
afterEach(() => servers.splice(0).forEach((server) => server.close()));

/** A real server on a loopback port whose handler reports what the app would see. */
async function echoServer(trustedProxies: string | undefined, options = { siteUrlConfigured: true, benchmarkBaseline: false }) {
  const server = createPortalServer(
    (request, response) => {
      response.setHeader("content-type", "application/json");
      response.end(JSON.stringify({ url: request.url, forwardedFor: request.headers["x-forwarded-for"], proto: request.headers["x-forwarded-proto"] ?? null }));
    },
    parseTrustedProxies(trustedProxies),
    options,
  );
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe("createPortalServer", () => {
  it("replaces a forged X-Forwarded-For from a peer that is not a trusted proxy", async () => {
    const base = await echoServer("none");
    const seen = await (await fetch(base, { headers: { "x-forwarded-for": "203.0.113.66", "x-forwarded-proto": "https" } })).json();
    expect(seen).toEqual({ url: "/", forwardedFor: "127.0.0.1", proto: null });
  });

  it("believes the trusted proxy (loopback by default), taking the right-most untrusted entry", async () => {
    const base = await echoServer(undefined);
    const seen = await (await fetch(base, { headers: { "x-forwarded-for": "198.51.100.1, 203.0.113.9", "x-forwarded-proto": "https" } })).json();
    expect(seen).toEqual({ url: "/", forwardedFor: "203.0.113.9", proto: "https" });
  });

  // Rule guarded: the benchmark's reference pages do not answer in production, only with BENCHMARK_BASELINE=1.
  it("hands the benchmark's reference pages to the app as an unknown page unless BENCHMARK_BASELINE is on", async () => {
    const production = await echoServer(undefined);
    for (const path of ["/benchmark-baseline", "/benchmark-baseline/dynamisch", "/benchmark-baseline?x=1"]) {
      expect((await (await fetch(production + path)).json()).url).toBe("/nicht-gefunden");
    }
    expect((await (await fetch(`${production}/benchmark-baselines-are-not-this`)).json()).url).toBe("/benchmark-baselines-are-not-this");
    const bench = await echoServer(undefined, { siteUrlConfigured: true, benchmarkBaseline: true });
    expect((await (await fetch(`${bench}/benchmark-baseline/dynamisch`)).json()).url).toBe("/benchmark-baseline/dynamisch");
  });

  // Rule guarded: a body over the limit never reaches Next.js (whose own refusal is a 500); the person gets a German page.
  it("answers a body over 3 MB with a German 413 page before the app reads it", async () => {
    let reached = false;
    const server = createPortalServer(
      (_request, response) => {
        reached = true;
        response.end("app");
      },
      parseTrustedProxies(undefined),
      { siteUrlConfigured: true, benchmarkBaseline: false },
    );
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const large = await fetch(`${base}/kommune/indikatoren`, { method: "POST", body: new Uint8Array(10 * 1024 * 1024) });
    expect(large.status).toBe(413);
    expect(await large.text()).toContain("Die gesendete Datei ist zu groß");
    expect(large.headers.get("content-security-policy")).toContain("default-src 'self'");
    expect(reached).toBe(false);
    const small = await fetch(`${base}/kommune/indikatoren`, { method: "POST", body: new Uint8Array(1024) });
    expect(await small.text()).toBe("app");
  });
});
