/**
 * `npm start`: everything a fresh machine needs to run the portal.
 * Without DATABASE_URL it starts an embedded PostgreSQL, creates, migrates and
 * (when empty) seeds the demo database; with DATABASE_URL it only migrates
 * that database. Then it builds if the build is stale and serves on PORT.
 * `--dev` runs `next dev` instead of the production server.
 */
import { createPool, dbFor } from "../../../db/index";
import { migrateDatabase } from "../../../db/migrate";
import { DEFAULT_DEMO_PASSWORD, seedIfEmpty } from "../../../db/seed";
import { DEMO_ACCOUNTS } from "../../../db/seed";
import { loadConfigOrExit } from "../../config";
import { provideAppDatabase } from "../database";
import { buildIfStale, ensureAuthSecret, spawnServer } from "../processes";

const dev = process.argv.includes("--dev");
// Production guards apply with DATABASE_URL: SITE_URL and AUTH_SECRET set, no demo accounts.
const config = loadConfigOrExit();
const port = config.PORT;

const { server, databaseUrl } = await provideAppDatabase();
await migrateDatabase(databaseUrl);
console.log("[db] Migrationen angewendet.");

if (config.production) await refuseDemoAccounts(databaseUrl);

/** A production database must not hold the publicly known demo accounts (their password is in the README). */
async function refuseDemoAccounts(url: string): Promise<void> {
  const pool = createPool(url, { max: 1 });
  try {
    const { rows } = await pool.query<{ email: string }>("SELECT email FROM users WHERE email = ANY($1::text[])", [Object.values(DEMO_ACCOUNTS)]);
    if (rows.length > 0) {
      console.error(
        `Konfiguration: Die Datenbank enthält Demo-Konten (${rows.map((r) => r.email).join(", ")}); im Betrieb startet das Portal damit nicht. Löschen Sie sie, oder setzen Sie DEMO_MODE=1 für eine reine Vorführung.`,
      );
      process.exit(1);
    }
  } finally {
    await pool.end();
  }
}

if (server.embedded) {
  const pool = createPool(databaseUrl, { max: 1 });
  try {
    if (await seedIfEmpty(dbFor(pool))) {
      const password = process.env.DEMO_PASSWORD ? "(aus DEMO_PASSWORD)" : DEFAULT_DEMO_PASSWORD;
      console.log(`[db] Demo-Konten angelegt, Passwort: ${password}`);
    }
  } finally {
    await pool.end();
  }
}

const env: NodeJS.ProcessEnv = {
  ...process.env,
  DATABASE_URL: databaseUrl,
  // Production has its AUTH_SECRET (checked above); the demo generates one once into .data/.
  AUTH_SECRET: config.production ? config.AUTH_SECRET : ensureAuthSecret(),
  PORT: String(port),
  // The embedded database is the demo: the app server must not apply the production guards to it.
  ...(server.embedded ? { DEMO_MODE: "1" } : {}),
};

if (!dev) await buildIfStale(env);
const app = spawnServer(env, { dev });

let stopping = false;
async function shutdown(code: number): Promise<never> {
  if (!stopping) {
    stopping = true;
    if (app.exitCode === null) {
      app.kill("SIGTERM");
      await new Promise((resolve) => app.once("exit", resolve));
    }
    await server.stop();
  }
  process.exit(code);
}

process.on("SIGINT", () => void shutdown(0));
process.on("SIGTERM", () => void shutdown(0));
app.on("exit", (code) => void shutdown(code ?? 0));
