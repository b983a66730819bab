/** The security headers of every response (Content-Security-Policy and friends). */
const isDev = process.env.NODE_ENV !== "production";

/**
 * Content-Security-Policy: nothing but our own origin. Scripts need
 * 'unsafe-inline' because the public pages are prerendered (a nonce would
 * force every page to render per request); dev additionally needs eval for
 * fast refresh.
 */
const contentSecurityPolicy = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${isDev ? " 'unsafe-eval'" : ""}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "form-action 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join("; ");

/** Sent with every response: by Next.js (next.config.ts) and by the portal server's own endpoints. */
export const SECURITY_HEADERS = [
  { key: "Content-Security-Policy", value: contentSecurityPolicy },
  { key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), interest-cohort=()" },
];

/** The same headers as one object, for responses the portal server writes itself. */
export const SECURITY_HEADER_FIELDS: Record<string, string> = Object.fromEntries(SECURITY_HEADERS.map(({ key, value }) => [key, value]));
