/** Public routes, in the order a visitor meets them; used by the sitemap and the public-page tests. */
import { SUCCESS_FACTORS } from "./kurzcheck/factors";

export const PUBLIC_PATHS = [
  "/",
  "/integration",
  "/erfolgsfaktoren",
  ...SUCCESS_FACTORS.map((factor) => `/erfolgsfaktoren/${factor.slug}`),
  "/kurz-check",
  "/unterstuetzung",
  "/impressum",
  "/datenschutz",
  "/barrierefreiheit",
  "/leichte-sprache",
] as const;

/** The portal's public address for absolute links (sitemap); set SITE_URL in production. */
export function siteUrl(): string {
  return (process.env.SITE_URL ?? "http://localhost:3000").replace(/\/$/, "");
}
