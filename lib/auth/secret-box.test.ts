// Rule guarded: a second-factor secret is stored sealed — the stored text does not contain it,
// only a portal secret opens it (also the previous one after a change), an altered value opens
// to nothing, and values from before sealing are still read.
import { describe, expect, it } from "vitest";
import { newTotpSecret } from "./totp";
import { openSecret, sealSecret } from "./secret-box";

const CURRENT = "current-secret-for-tests-0123456789-abcdef";
const OLDER = "older-secret-for-tests-0123456789-abcdefgh";

describe("sealSecret / openSecret", () => {
  it("seals so the stored text does not reveal the secret, and opens it again", () => {
    const plain = newTotpSecret();
    const stored = sealSecret(plain, [CURRENT]);
    expect(stored).toMatch(/^v1:/);
    expect(stored).not.toContain(plain);
    expect(sealSecret(plain, [CURRENT])).not.toBe(stored); // a fresh IV every time
    expect(openSecret(stored, [CURRENT])).toEqual({ plain, stale: false });
  });

  it("opens a seal of the previous secret (to be sealed anew); a foreign secret opens nothing", () => {
    const plain = newTotpSecret();
    const stored = sealSecret(plain, [OLDER]);
    expect(openSecret(stored, [CURRENT, OLDER])).toEqual({ plain, stale: true });
    expect(openSecret(stored, [CURRENT])).toBeNull();
  });

  it("refuses an altered or truncated value", () => {
    const stored = sealSecret(newTotpSecret(), [CURRENT]);
    const body = Buffer.from(stored.slice(3), "base64url");
    body[14] = body[14]! ^ 1;
    expect(openSecret(`v1:${body.toString("base64url")}`, [CURRENT])).toBeNull();
    expect(openSecret("v1:AAAA", [CURRENT])).toBeNull();
  });

  it("reads a value stored before sealing as it is, to be sealed", () => {
    const plain = newTotpSecret();
    expect(openSecret(plain, [CURRENT])).toEqual({ plain, stale: true });
  });
});
