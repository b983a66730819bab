import { defineConfig, devices } from "@playwright/test";

const port = Number(process.env.E2E_PORT ?? 3100);
const resultsFile = process.env.E2E_RESULTS_FILE;

/**
 * Browser tests against the production build (served by the portal server, as `npm start` does), in the Chromium
 * that `npm test` found (Debian's /usr/bin/chromium by default). The database
 * is the per-run test database that `npm test` created and seeded.
 */
export default defineConfig({
  testDir: "./e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  // A budget against hangs, not a speed target: journeys through several pages with axe take
  // 20–30 s on a 2-core machine that runs the app and Chromium, more when the machine is shared.
  timeout: 60_000,
  expect: { timeout: 7_000 },
  forbidOnly: !!process.env.CI,
  reporter: resultsFile ? [["list"], ["json", { outputFile: resultsFile }]] : [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: "de-DE",
    timezoneId: "Europe/Berlin",
    trace: "retain-on-failure",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
          args: [
            "--no-sandbox",
            "--disable-dev-shm-usage",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
          ],
        },
      },
    },
  ],
  webServer: {
    // The portal's own server (lib/operations/commands/serve.ts), as `npm start` runs it. No proxy is trusted here, so a
    // test's forged X-Forwarded-For must not change the client address the throttles count.
    command: "node --import tsx lib/operations/commands/serve.ts",
    url: `http://127.0.0.1:${port}/api/health`,
    reuseExistingServer: false,
    timeout: 60_000,
    // The app talks to the database through the fault proxy of `npm test` (see lib/tooling/testing/fault-proxy.ts).
    env: {
      ...(process.env as Record<string, string>),
      DATABASE_URL: process.env.E2E_APP_DATABASE_URL ?? process.env.DATABASE_URL ?? "",
      HOST: "127.0.0.1",
      PORT: String(port),
      TRUSTED_PROXIES: "none",
      // The per-run test database is a demo database (seeded demo accounts, no SITE_URL): not production.
      DEMO_MODE: "1",
    },
    stdout: "ignore",
    stderr: "pipe",
  },
});
