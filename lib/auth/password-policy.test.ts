// Rule guarded: passwords need 10+ characters, long ones (64+) are accepted,
// there are no composition rules, and common passwords are refused.
import { describe, expect, it } from "vitest";
import { passwordProblem } from "./password-policy";

describe("passwordProblem", () => {
  it("refuses short passwords", () => {
    expect(passwordProblem("kurz12345")).toMatch(/mindestens 10 Zeichen/);
  });

  it("accepts 64 characters and more, without composition rules", () => {
    expect(passwordProblem("a".repeat(20) + " ein langer satz ohne ziffern " + "b".repeat(20))).toBeNull();
    expect(passwordProblem("x".repeat(64))).toBeNull();
    expect(passwordProblem("x".repeat(129))).toMatch(/höchstens 128/);
  });

  it("refuses common passwords, whatever their case", () => {
    expect(passwordProblem("1234567890")).toMatch(/zu verbreitet/);
    expect(passwordProblem("ILoveYou12")).toMatch(/zu verbreitet/);
  });

  it("refuses the email address as password", () => {
    expect(passwordProblem("kim@beispiel.de", "Kim@Beispiel.de")).toMatch(/E-Mail-Adresse/);
  });

  it("accepts the demo password", () => {
    expect(passwordProblem("Demo!Kurzcheck2026")).toBeNull();
  });
});
