// Rule guarded: a misconfigured portal does not start. Production (DATABASE_URL set) needs SITE_URL
// and a real AUTH_SECRET; every malformed variable is named in one German line; the demo needs nothing.
import { describe, expect, it } from "vitest";
import { loadConfig } from "./config";

const production = {
  DATABASE_URL: "postgres://app@db.internal/kurzcheck",
  SITE_URL: "https://kurzcheck.example.org",
  AUTH_SECRET: "x".repeat(40),
  SMTP_HOST: "mail.example.org",
};

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
  ])("refuses %j with one line naming the variable", (env, message) => {
    expect(() => loadConfig(env)).toThrow(message);
  });
  it("lets a staging demo on an external database run with DEMO_MODE=1", () => {
    expect(loadConfig({ DATABASE_URL: production.DATABASE_URL, DEMO_MODE: "1" })).toMatchObject({ production: false });
  });
});
