// Rule guarded: a client cannot choose its own address for the per-address limits by sending
// X-Forwarded-For; only configured proxies (default: loopback) are believed, from the right.
import { describe, expect, it } from "vitest";
import { parseTrustedProxies, resolveClientAddress } from "./proxy-trust";

const loopback = parseTrustedProxies(undefined);

describe("resolveClientAddress", () => {
  it("ignores X-Forwarded-For from a peer that is not a trusted proxy", () => {
    expect(resolveClientAddress("203.0.113.7", "198.51.100.1", loopback)).toBe("203.0.113.7");
    expect(resolveClientAddress("::ffff:203.0.113.7", "1.2.3.4, 5.6.7.8", loopback)).toBe("203.0.113.7");
  });
  it("takes the right-most untrusted entry behind a trusted proxy", () => {
    // The client forged "1.1.1.1"; nginx appended the real peer 203.0.113.9.
    expect(resolveClientAddress("127.0.0.1", "1.1.1.1, 203.0.113.9", loopback)).toBe("203.0.113.9");
    expect(resolveClientAddress("::1", "203.0.113.9", loopback)).toBe("203.0.113.9");
  });
  it("skips several trusted hops", () => {
    const trust = parseTrustedProxies("10.0.0.0/8, 127.0.0.1");
    expect(resolveClientAddress("127.0.0.1", "9.9.9.9, 198.51.100.4, 10.1.2.3", trust)).toBe("198.51.100.4");
  });
  it("uses the socket address without a header, and stops at garbage", () => {
    expect(resolveClientAddress("127.0.0.1", undefined, loopback)).toBe("127.0.0.1");
    expect(resolveClientAddress("127.0.0.1", "nonsense, 127.0.0.2", loopback)).toBe("127.0.0.2");
  });
  it("trusts nobody with 'none'", () => {
    expect(resolveClientAddress("127.0.0.1", "198.51.100.1", parseTrustedProxies("none"))).toBe("127.0.0.1");
    expect(resolveClientAddress("127.0.0.1", "198.51.100.1", parseTrustedProxies(""))).toBe("127.0.0.1");
  });
  it("refuses a malformed TRUSTED_PROXIES with the entry named", () => {
    expect(() => parseTrustedProxies("10.0.0.0/33")).toThrow(/10.0.0.0\/33/);
    expect(() => parseTrustedProxies("proxy.local")).toThrow(/proxy.local/);
  });
});
