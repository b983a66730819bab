/** Small helpers shared by the command-line entry points (start, tests). */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { createHash, randomBytes } from "node:crypto";
import path from "node:path";

/** The checkout, or the release folder (whose bundled commands name it in KURZCHECK_ROOT: they sit one level below it). */
export const ROOT = process.env.KURZCHECK_ROOT ?? path.resolve(import.meta.dirname, "../..");
export const DATA_DIR = path.join(ROOT, ".data");
const NEXT_BIN = path.join(ROOT, "node_modules/next/dist/bin/next");

/** Runs a command to its end with inherited output; resolves with its exit code. */
export function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: ROOT, env, stdio: "inherit" });
    child.on("error", reject);
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

const SERVE_SCRIPT = path.join(ROOT, "lib/operations/commands/serve.ts");

/**
 * Starts the portal's server (lib/operations/commands/serve.ts) directly with node, so signals
 * reach it (npx would swallow them). It listens on env.HOST (127.0.0.1 by
 * default) and env.PORT.
 */
export function spawnServer(env: NodeJS.ProcessEnv, options: { dev?: boolean; stdio?: "inherit" | "ignore"; nodeArgs?: string[] } = {}): ChildProcess {
  const args = [...(options.nodeArgs ?? []), "--import", "tsx", SERVE_SCRIPT, ...(options.dev ? ["--dev"] : [])];
  return spawn(process.execPath, args, { cwd: ROOT, env, stdio: options.stdio ?? "inherit" });
}

export function runNext(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  return run(process.execPath, [NEXT_BIN, ...args], env);
}

/** Inputs of the production build; a change to any of them makes `.next` stale. */
const BUILD_INPUTS = ["app", "components", "lib", "db", "public", "next.config.ts", "package-lock.json", "postcss.config.mjs", "tsconfig.json"];
/** Never part of the build: the benchmark, the test runner, fixtures (lib/tooling), tests and migrations (applied on their own). */
const NOT_BUILD_INPUTS = new Set(["migrations", "tooling"]);

function newestMtime(target: string): number {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(target)) {
    if (NOT_BUILD_INPUTS.has(entry) || entry.endsWith(".test.ts")) continue;
    newest = Math.max(newest, newestMtime(path.join(target, entry)));
  }
  return newest;
}

/**
 * Which operator data a build carries (its prerendered legal pages and footer
 * show it): the hash of the OPERATOR_CONFIG file, or "beispiel" for the sample.
 */
function operatorStamp(env: NodeJS.ProcessEnv): string {
  const file = env.OPERATOR_CONFIG;
  if (!file || !existsSync(file)) return "beispiel";
  return createHash("sha256").update(readFileSync(file)).digest("hex");
}

const OPERATOR_STAMP = path.join(ROOT, ".next/operator-stamp");

/** True when `.next` holds a production build newer than every source file, made with the same operator data. */
export function buildIsCurrent(env: NodeJS.ProcessEnv = process.env): boolean {
  const buildId = path.join(ROOT, ".next/BUILD_ID");
  if (!existsSync(buildId)) return false;
  const builtAt = statSync(buildId).mtimeMs;
  const sameOperator = (existsSync(OPERATOR_STAMP) ? readFileSync(OPERATOR_STAMP, "utf8") : "beispiel") === operatorStamp(env);
  return sameOperator && BUILD_INPUTS.every((input) => newestMtime(path.join(ROOT, input)) < builtAt);
}

export async function buildIfStale(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  if (buildIsCurrent(env)) return;
  console.log("[build] Erstelle den Produktions-Build (next build) …");
  const code = await runNext(["build"], env);
  if (code !== 0) throw new Error(`next build failed with exit code ${code}`);
  writeFileSync(OPERATOR_STAMP, operatorStamp(env));
}

/**
 * The Auth.js secret: taken from the environment, or generated once into
 * .data/auth-secret (never committed) so sessions survive restarts.
 */
export function ensureAuthSecret(): string {
  const fromEnv = process.env.AUTH_SECRET || process.env.NEXTAUTH_SECRET;
  if (fromEnv) return fromEnv;
  const file = path.join(DATA_DIR, "auth-secret");
  if (!existsSync(file)) {
    mkdirSync(DATA_DIR, { recursive: true });
    writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  return readFileSync(file, "utf8").trim();
}

/** As root on Debian, installs a package (a second try after `apt-get update`); false where that is not possible. */
export async function installDebianPackage(name: string): Promise<boolean> {
  if (process.getuid?.() !== 0 || !existsSync("/usr/bin/apt-get")) return false;
  console.log(`[setup] ${name} fehlt: installiere Debians Paket …`);
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  if ((await run("apt-get", ["install", "-y", "-qq", name], env)) === 0) return true;
  await run("apt-get", ["update", "-qq"], env);
  return (await run("apt-get", ["install", "-y", "-qq", name], env)) === 0;
}
