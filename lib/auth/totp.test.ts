// Rule guarded: second-factor codes follow RFC 6238 (so any authenticator app works) and are
// accepted only for the current step ±1.
import { describe, expect, it } from "vitest";
import { matchTotpStep, newTotpSecret, totpCode, totpStep, totpUri } from "./totp";

describe("TOTP", () => {
  it("matches the RFC 6238 test vector (SHA-1, T = 59 s)", () => {
    // RFC 6238 appendix B: secret "12345678901234567890" (ASCII), 8 digits 94287082 -> 6 digits 287082.
    const base32 = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
    expect(totpCode(base32, 59_000)).toBe("287082");
  });
  it("accepts the current code and its neighbours, not older ones", () => {
    const secret = newTotpSecret();
    const now = Date.UTC(2026, 10, 27, 12, 0, 15);
    expect(matchTotpStep(secret, totpCode(secret, now), now)).toBe(totpStep(now));
    expect(matchTotpStep(secret, totpCode(secret, now - 30_000), now)).toBe(totpStep(now) - 1);
    expect(matchTotpStep(secret, totpCode(secret, now - 90_000), now)).toBeNull();
    expect(matchTotpStep(secret, "12345", now)).toBeNull();
    expect(matchTotpStep(secret, "abcdef", now)).toBeNull();
  });
  it("builds an otpauth URI with issuer and account", () => {
    const uri = totpUri("KURZCHECKDEMOKURZCHECKDEMO234567", "beratung@example.org");
    expect(uri).toMatch(/^otpauth:\/\/totp\//);
    expect(uri).toContain("secret=KURZCHECKDEMOKURZCHECKDEMO234567");
    expect(uri).toContain("issuer=Kurz-Check");
  });
});
