/**
 * The app server (production and `--dev`): Next.js behind the client-address
 * step of lib/portal-server/http-server.ts, listening on HOST:PORT.
 * HOST defaults to 127.0.0.1: the portal is meant to run behind the shipped
 * nginx on the same machine; set HOST=0.0.0.0 (and TRUSTED_PROXIES to the
 * proxy's address) only when a proxy on another machine must reach it.
 * Started by `npm start`, the browser tests and the benchmark.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { ROOT } from "../processes";
import { loadConfigOrExit } from "../../config";
import { logger } from "../../log";
import { createPortalServer } from "../../portal-server/http-server";
import { parseTrustedProxies } from "../../portal-server/proxy-trust";

const dev = process.argv.includes("--dev");
const config = loadConfigOrExit();
const host = config.HOST;
const port = config.PORT;
const trust = parseTrustedProxies(config.TRUSTED_PROXIES);

// React picks its production or development build from NODE_ENV when it is first loaded.
(process.env as Record<string, string>).NODE_ENV ??= dev ? "development" : "production";
// A production server reads the configuration the build stored, as Next.js's own standalone server does: the
// release folder has no next.config.ts, and the checkout then needs neither to compile it again nor the warning
// that `next start` prints for output: "standalone".
const storedConfig = path.join(ROOT, ".next", "required-server-files.json");
if (!dev && existsSync(storedConfig)) {
  const stored = JSON.parse(readFileSync(storedConfig, "utf8")) as { config: unknown };
  process.env.__NEXT_PRIVATE_STANDALONE_CONFIG = JSON.stringify(stored.config);
}
const { default: next } = await import("next");
const app = next({ dev, dir: ROOT, hostname: host, port });
const handle = app.getRequestHandler();
await app.prepare();

const server = createPortalServer(handle, trust, { siteUrlConfigured: Boolean(config.SITE_URL), benchmarkBaseline: config.BENCHMARK_BASELINE });
// Keep-alive longer than nginx's upstream keepalive, so nginx never reuses a socket the app just closed.
server.keepAliveTimeout = 65_000;
server.headersTimeout = 66_000;
server.listen(port, host, () => {
  logger().info({ url: `http://${host.includes(":") ? `[${host}]` : host}:${port}` }, "Portal läuft");
});

// The job queue (reminders, retention) runs in every instance; pg-boss gives each run to one of them.
// JOBS=off leaves it to other instances or a separate runner.
const jobs = process.env.JOBS === "off" || !process.env.DATABASE_URL ? null : await startJobs(process.env.DATABASE_URL);

async function startJobs(url: string) {
  const { createPool, dbFor } = await import("../../../db/index");
  const { startJobRunner } = await import("../../jobs/runner");
  try {
    return await startJobRunner(url, dbFor(createPool(url, { max: 2 })));
  } catch (error) {
    logger().error({ err: error }, "Die Aufgabenwarteschlange startet nicht; Erinnerungen bleiben aus, bis sie läuft.");
    return null;
  }
}

function stop() {
  void jobs?.stop();
  server.close(() => process.exit(0));
  // Open keep-alive connections would hold close() back.
  server.closeIdleConnections();
  setTimeout(() => process.exit(0), 5_000).unref();
}
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
