/**
 * `npm run size`: first-load JavaScript per page from the production build —
 * the scripts each prerendered HTML file references, gzip-compressed, beside
 * the framework's floor (the built-in not-found page of the same build).
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { ROOT } from "./processes";

const PAGES: Record<string, string> = {
  "/_not-found (Framework-Boden)": "_not-found.html",
  "/": "index.html",
  "/erfolgsfaktoren/chefsache": "erfolgsfaktoren/chefsache.html",
  "/kurz-check": "kurz-check.html",
};

function firstLoad(htmlFile: string) {
  const html = readFileSync(path.join(ROOT, ".next/server/app", htmlFile), "utf8");
  // Legacy polyfills carry `noModule`: current browsers never download them.
  const tags = [...html.matchAll(/<script[^>]*>/g)].map((m) => m[0]).filter((tag) => !/nomodule/i.test(tag));
  const scripts = [...new Set(tags.flatMap((tag) => /src="(\/_next\/static\/[^"]+\.js)"/.exec(tag)?.[1] ?? []))];
  let raw = 0;
  let gzip = 0;
  for (const src of scripts) {
    const file = readFileSync(path.join(ROOT, ".next", src.replace(/^\/_next\//, "")));
    raw += file.length;
    gzip += gzipSync(file, { level: 9 }).length;
  }
  return { scripts: scripts.length, raw, gzip };
}

if (!existsSync(path.join(ROOT, ".next/BUILD_ID"))) {
  console.error("Kein Produktions-Build gefunden: bitte zuerst `npm run build`.");
  process.exit(1);
}
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
console.log("| page | scripts | raw | gzip |\n|---|---:|---:|---:|");
for (const [label, file] of Object.entries(PAGES)) {
  const { scripts, raw, gzip } = firstLoad(file);
  console.log(`| ${label} | ${scripts} | ${kb(raw)} | ${kb(gzip)} |`);
}
