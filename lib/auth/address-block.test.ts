// Rule guarded: the survey's limit per address counts an IPv6 connection by its /64 (one connection
// gets a whole /64), an IPv4 address and an IPv4-mapped IPv6 address by the address itself.
import { describe, expect, it } from "vitest";
import { addressBlock } from "./guests";

describe("addressBlock", () => {
  it("keeps IPv4 addresses, also when mapped into IPv6", () => {
    expect(addressBlock("203.0.113.7")).toBe("203.0.113.7");
    expect(addressBlock("::ffff:203.0.113.7")).toBe("203.0.113.7");
  });
  it("cuts IPv6 addresses to their /64, however they are written", () => {
    expect(addressBlock("2001:db8:1:2:aaaa:bbbb:cccc:dddd")).toBe("2001:db8:1:2::/64");
    expect(addressBlock("2001:db8:1:2::1")).toBe("2001:db8:1:2::/64");
    expect(addressBlock("2001:0db8:0001:0002:0:0:0:9")).toBe("2001:db8:1:2::/64");
    expect(addressBlock("2001:db8::1")).toBe("2001:db8:0:0::/64");
    expect(addressBlock("2001:db8:1:3::1")).not.toBe(addressBlock("2001:db8:1:2::1"));
  });
});
