/**
 * `npm run size`: first-load JavaScript (gzip) of the prerendered pages of the
 * current build, beside the framework's floor (the built-in not-found page).
 * A quick check while working; `npm run bench` measures the signed-in pages too.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { firstLoadJs, prerenderedHtml } from "../bench/first-load-js";
import { ROOT } from "../../operations/processes";

const ROUTES = ["/_not-found", "/", "/erfolgsfaktoren/chefsache", "/kurz-check"];

if (!existsSync(path.join(ROOT, ".next/BUILD_ID"))) {
  console.error("Kein Produktions-Build gefunden: bitte zuerst `npm run build`.");
  process.exit(1);
}
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
console.log("| page | scripts | raw | gzip |\n|---|---:|---:|---:|");
for (const route of ROUTES) {
  const { scripts, raw, gzip } = firstLoadJs(prerenderedHtml(route));
  console.log(`| ${route === "/_not-found" ? "/_not-found (Framework-Boden)" : route} | ${scripts} | ${kb(raw)} | ${kb(gzip)} |`);
}
