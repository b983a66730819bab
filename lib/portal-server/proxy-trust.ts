/**
 * Which client a request comes from, when reverse proxies may stand between.
 *
 * Only a peer listed in TRUSTED_PROXIES may speak for someone else: its
 * X-Forwarded-For is read from the right (the entry the proxy itself added)
 * to the left, skipping further trusted proxies, and the first untrusted
 * address is the client. Anyone else's X-Forwarded-For is ignored and the
 * socket address counts, so a forged header cannot dodge a per-address limit.
 */
import { BlockList, isIP } from "node:net";

/** Loopback: the shipped nginx runs on the same machine as the app. */
export const DEFAULT_TRUSTED_PROXIES = "127.0.0.0/8,::1";

/** IPv4 addresses may arrive IPv6-mapped ("::ffff:127.0.0.1") from a dual-stack socket. */
function plainAddress(address: string): string {
  const trimmed = address.trim();
  return trimmed.toLowerCase().startsWith("::ffff:") && isIP(trimmed.slice(7)) === 4 ? trimmed.slice(7) : trimmed;
}

export interface ProxyTrust {
  trusts(address: string): boolean;
}

/**
 * Parses TRUSTED_PROXIES: addresses and CIDR ranges separated by commas;
 * unset means loopback, "none" (or an empty value) trusts no proxy.
 * Throws with the offending entry named when one is malformed.
 */
export function parseTrustedProxies(value: string | undefined): ProxyTrust {
  const spec = value === undefined ? DEFAULT_TRUSTED_PROXIES : value.trim();
  const list = new BlockList();
  if (spec !== "" && spec.toLowerCase() !== "none") {
    for (const raw of spec.split(",")) {
      const entry = raw.trim();
      if (!entry) continue;
      const [address, prefix, extra] = entry.split("/");
      const family = isIP(address ?? "");
      if (!family || extra !== undefined) throw new Error(`TRUSTED_PROXIES: "${entry}" is not an IP address or CIDR range`);
      const type = family === 4 ? "ipv4" : "ipv6";
      if (prefix === undefined) {
        list.addAddress(address!, type);
      } else {
        const bits = Number(prefix);
        if (!/^\d+$/.test(prefix) || bits > (family === 4 ? 32 : 128)) throw new Error(`TRUSTED_PROXIES: "${entry}" has an invalid prefix length`);
        list.addSubnet(address!, bits, type);
      }
    }
  }
  return {
    trusts(address: string) {
      const plain = plainAddress(address);
      const family = isIP(plain);
      return family !== 0 && list.check(plain, family === 4 ? "ipv4" : "ipv6");
    },
  };
}

/**
 * The client's address: the socket peer unless it is a trusted proxy; then the
 * right-most untrusted entry of X-Forwarded-For (or the left-most when every
 * hop is trusted). A malformed entry ends the walk: nothing left of it can be
 * believed, so the last trusted hop's view counts.
 */
export function resolveClientAddress(socketAddress: string | undefined, forwardedFor: string | string[] | undefined, trust: ProxyTrust): string {
  let client = plainAddress(socketAddress ?? "") || "unbekannt";
  if (!trust.trusts(client) || !forwardedFor) return client;
  const hops = (Array.isArray(forwardedFor) ? forwardedFor.join(",") : forwardedFor).split(",").map(plainAddress).filter(Boolean);
  for (let index = hops.length - 1; index >= 0; index--) {
    const hop = hops[index]!;
    if (!isIP(hop)) return client;
    client = hop;
    if (!trust.trusts(hop)) return client;
  }
  return client;
}
