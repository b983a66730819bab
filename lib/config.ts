/**
 * The portal's settings from the environment, checked once at start (by
 * `npm start` and the app server): a missing or malformed variable stops the
 * start with one line naming it. With DATABASE_URL set the portal runs in
 * production, where it also needs SITE_URL and a real AUTH_SECRET; the
 * embedded database (no DATABASE_URL) is the zero-config demo. DEMO_MODE=1
 * allows a demonstration on an external database (staging), never meant for
 * real Kommunen.
 */
import { OperatorConfigError, operatorProblem, readOperatorFile } from "./operator/config";
import { parseTrustedProxies } from "./portal-server/proxy-trust";
import { z } from "./validation/zod";

/** Secrets that are not secret: placeholders from guides and examples. */
const KNOWN_WEAK_SECRETS = ["changeme", "change-me", "secret", "geheim", "development", "kurzcheck", "test", "please-change-me"];

const flag = z
  .enum(["1", "true", "0", "false", ""])
  .optional()
  .transform((value) => value === "1" || value === "true");

const port = (fallback: number) => z.coerce.number().int().min(1).max(65_535).default(fallback);

/** The database's settings: checked with the rest at start, and on their own where a connection is made (db/index.ts, the live workshop connection). */
const databaseFields = {
  DATABASE_URL: z
    .string()
    .optional()
    .transform((value) => value || undefined)
    .refine((value) => value === undefined || /^postgres(ql)?:\/\/.+/.test(value), { error: "muss eine postgres://-Adresse sein" }),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
};

export const configSchema = z
  .object({
    ...databaseFields,
    PORT: port(3000),
    HOST: z.string().min(1).default("127.0.0.1"),
    TRUSTED_PROXIES: z
      .string()
      .optional()
      .superRefine((value, ctx) => {
        try {
          parseTrustedProxies(value);
        } catch (error) {
          ctx.addIssue({ code: "custom", message: (error as Error).message.replace(/^TRUSTED_PROXIES: /, "") });
        }
      }),
    SITE_URL: z
      .string()
      .optional()
      .transform((value) => value || undefined)
      .refine((value) => value === undefined || /^https?:\/\/[^/\s]+/.test(value), {
        error: "muss mit http:// oder https:// beginnen, z. B. https://kurzcheck.example.org",
      }),
    AUTH_SECRET: z
      .string()
      .optional()
      .transform((value) => value || undefined),
    /** After a change of AUTH_SECRET: the old value, so second-factor secrets sealed with it still open (lib/auth/secret-box.ts). */
    AUTH_SECRET_PREVIOUS: z
      .string()
      .optional()
      .transform((value) => value || undefined),
    DEMO_MODE: flag,
    /** The benchmark's reference pages (/benchmark-baseline…) answer only with this on; `npm run bench` sets it. */
    BENCHMARK_BASELINE: flag,
    SMTP_HOST: z
      .string()
      .optional()
      .transform((value) => value || undefined),
    SMTP_PORT: port(587),
    LOG_LEVEL: z
      .enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"], { error: "muss fatal, error, warn, info, debug, trace oder silent sein" })
      .default("info"),
    /** The operator's data (lib/operator/config.ts): a JSON file, required in production. */
    OPERATOR_CONFIG: z
      .string()
      .optional()
      .transform((value) => value || undefined),
    METRICS_TOKEN: z
      .string()
      .optional()
      .transform((value) => value || undefined)
      .refine((value) => value === undefined || value.length >= 24, { error: "ist zu kurz: mindestens 24 zufällige Zeichen" }),
  })
  .superRefine((config, ctx) => {
    const production = config.DATABASE_URL !== undefined && !config.DEMO_MODE;
    if (!production) return;
    if (!config.SITE_URL) {
      ctx.addIssue({
        code: "custom",
        path: ["SITE_URL"],
        message: "fehlt: im Betrieb mit DATABASE_URL ist die öffentliche Adresse des Portals nötig (für Links in E-Mails)",
      });
    }
    if (!config.AUTH_SECRET) {
      ctx.addIssue({
        code: "custom",
        path: ["AUTH_SECRET"],
        message: "fehlt: im Betrieb mit DATABASE_URL brauchen alle App-Instanzen dasselbe Geheimnis (z. B. openssl rand -base64 32)",
      });
    } else if (config.AUTH_SECRET.length < 32 || KNOWN_WEAK_SECRETS.includes(config.AUTH_SECRET.toLowerCase())) {
      ctx.addIssue({ code: "custom", path: ["AUTH_SECRET"], message: "ist zu schwach: mindestens 32 zufällige Zeichen, kein Platzhalter" });
    }
    if (!config.SMTP_HOST) {
      ctx.addIssue({
        code: "custom",
        path: ["SMTP_HOST"],
        message: "fehlt: im Betrieb verschickt das Portal Bestätigungen, Einladungen und Erinnerungen per SMTP",
      });
    }
  });

export type Config = z.output<typeof configSchema> & { production: boolean };

export class ConfigError extends Error {}

/** The validated settings, or a ConfigError whose message is the one line to print. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ConfigError(`Konfiguration: ${String(issue.path[0] ?? "Umgebung")} ${issue.message}`);
  }
  const production = parsed.data.DATABASE_URL !== undefined && !parsed.data.DEMO_MODE;
  if (production) checkOperatorData(parsed.data.OPERATOR_CONFIG);
  return { ...parsed.data, production };
}

/** Production shows the operator's own data on its legal pages: a file that exists, parses and holds no sample or placeholder. */
function checkOperatorData(file: string | undefined): void {
  if (!file) {
    throw new ConfigError(
      "Konfiguration: OPERATOR_CONFIG fehlt: im Betrieb braucht das Portal die Angaben des Betreibers als JSON-Datei (Vorlage: lib/operator/beispiel.json)",
    );
  }
  try {
    const problem = operatorProblem(readOperatorFile(file));
    if (problem) throw new ConfigError(`Konfiguration: OPERATOR_CONFIG – ${problem}`);
  } catch (error) {
    if (error instanceof OperatorConfigError) throw new ConfigError(`Konfiguration: OPERATOR_CONFIG – ${error.message}`);
    throw error;
  }
}

/** For entry points: the settings, or the one line and exit code 1. */
export function loadConfigOrExit(env: Record<string, string | undefined> = process.env): Config {
  try {
    return loadConfig(env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`${error.message}\n`); // one line for the operator, before any logger exists
    process.exit(1);
  }
}

/** The database settings alone (see databaseFields), or a ConfigError naming the variable. */
export function databaseSettings(env: Record<string, string | undefined> = process.env): { url: string; poolSize: number } {
  const parsed = z.object(databaseFields).safeParse(env);
  if (!parsed.success) throw new ConfigError(`Konfiguration: ${String(parsed.error.issues[0]!.path[0])} ${parsed.error.issues[0]!.message}`);
  if (!parsed.data.DATABASE_URL)
    throw new ConfigError("Konfiguration: DATABASE_URL fehlt: bitte das Portal mit `npm start` starten, das eine Datenbank bereitstellt.");
  return { url: parsed.data.DATABASE_URL, poolSize: parsed.data.DATABASE_POOL_SIZE };
}
