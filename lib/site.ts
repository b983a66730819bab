/** Public routes, in the order a visitor meets them; used by the sitemap and the public-page tests. */
import { SUCCESS_FACTORS } from "./kurzcheck/factors";
import { TEMPLATE_SLUGS } from "./templates/catalog";
import { currentRequest } from "./portal-server/request-context";

export const PUBLIC_PATHS = [
  "/",
  "/integration",
  "/erfolgsfaktoren",
  ...SUCCESS_FACTORS.map((factor) => `/erfolgsfaktoren/${factor.slug}`),
  "/kurz-check",
  "/vorlagen",
  ...TEMPLATE_SLUGS.map((slug) => `/vorlagen/${slug}`),
  "/unterstuetzung",
  "/impressum",
  "/datenschutz",
  "/barrierefreiheit",
  "/leichte-sprache",
] as const;

/**
 * The portal's public address for absolute links (mails, sitemap): SITE_URL,
 * which production must set; in the demo without it, the address the current
 * request came in on, else localhost with the port.
 */
export function siteUrl(): string {
  const configured = process.env.SITE_URL || currentRequest()?.origin || `http://localhost:${process.env.PORT ?? 3000}`;
  return configured.replace(/\/$/, "");
}
