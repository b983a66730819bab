// Rule guarded: a misconfigured portal does not start. Production (DATABASE_URL set) needs SITE_URL,
// a real AUTH_SECRET and the operator's own data (no sample, no placeholder, every e-mail address);
// every malformed variable or field is named in one German line; the demo needs nothing.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadConfig } from "./config";
import type { Operator } from "./operator/config";

const COMPLETE_OPERATOR = path.join(import.meta.dirname, "tooling/testing/operator-complete.json");
const production = {
  DATABASE_URL: "postgres://app@db.internal/kurzcheck",
  SITE_URL: "https://kurzcheck.example.org",
  AUTH_SECRET: "x".repeat(40),
  SMTP_HOST: "mail.example.org",
  OPERATOR_CONFIG: COMPLETE_OPERATOR,
};

/** The complete operator file changed by `edit`, written to a file of its own. */
function operatorFile(edit: (data: Operator) => void): string {
  const data = JSON.parse(readFileSync(COMPLETE_OPERATOR, "utf8")) as Operator;
  edit(data);
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), "betreiber-")), "betreiber.json");
  writeFileSync(file, JSON.stringify(data));
  return file;
}

describe("loadConfig", () => {
  it("starts the demo with nothing set", () => {
    expect(loadConfig({})).toMatchObject({ production: false, PORT: 3000, HOST: "127.0.0.1" });
  });
  it("accepts a complete production set-up", () => {
    expect(loadConfig(production)).toMatchObject({ production: true, SITE_URL: "https://kurzcheck.example.org" });
  });
  it.each([
    [{ ...production, SITE_URL: undefined }, /^Konfiguration: SITE_URL fehlt/],
    [{ ...production, AUTH_SECRET: undefined }, /^Konfiguration: AUTH_SECRET fehlt/],
    [{ ...production, AUTH_SECRET: "changeme" }, /^Konfiguration: AUTH_SECRET ist zu schwach/],
    [{ ...production, SITE_URL: "kurzcheck.example.org" }, /^Konfiguration: SITE_URL muss mit http/],
    [{ ...production, SMTP_HOST: "" }, /^Konfiguration: SMTP_HOST fehlt/],
    [{ LOG_LEVEL: "laut" }, /^Konfiguration: LOG_LEVEL muss/],
    [{ METRICS_TOKEN: "kurz" }, /^Konfiguration: METRICS_TOKEN ist zu kurz/],
    [{ PORT: "70000" }, /^Konfiguration: PORT /],
    [{ TRUSTED_PROXIES: "10.0.0.0/99" }, /^Konfiguration: TRUSTED_PROXIES .*10\.0\.0\.0\/99/],
    [{ DATABASE_URL: "mysql://x" }, /^Konfiguration: DATABASE_URL muss eine postgres/],
    [{ ...production, OPERATOR_CONFIG: "" }, /^Konfiguration: OPERATOR_CONFIG fehlt/],
    [{ ...production, OPERATOR_CONFIG: path.join(import.meta.dirname, "operator/beispiel.json") }, /Beispielangaben/],
    [{ ...production, OPERATOR_CONFIG: "/gibt/es/nicht.json" }, /OPERATOR_CONFIG – Betreiberangaben: \/gibt\/es\/nicht.json ist nicht lesbar/],
    [{ ...production, OPERATOR_CONFIG: operatorFile((d) => (d.register.number = "[Registernummer VR …]")) }, /register\.number ist noch ein Platzhalter/],
    [{ ...production, OPERATOR_CONFIG: operatorFile((d) => (d.dataProtectionOfficer.email = null)) }, /dataProtectionOfficer\.email fehlt/],
    [{ ...production, OPERATOR_CONFIG: operatorFile((d) => (d.email = "kein-at-zeichen")) }, /Betreiberangaben: email ist keine E-Mail-Adresse/],
    [{ ...production, OPERATOR_CONFIG: operatorFile((d) => (d.address.postalCode = "8033")) }, /address\.postalCode ist keine Postleitzahl/],
  ])("refuses %j with one line naming the variable", (env, message) => {
    expect(() => loadConfig(env)).toThrow(message);
  });
  it("lets a staging demo on an external database run with DEMO_MODE=1", () => {
    expect(loadConfig({ DATABASE_URL: production.DATABASE_URL, DEMO_MODE: "1" })).toMatchObject({ production: false });
  });
});
