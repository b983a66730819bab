/**
 * First-load JavaScript of a page: the scripts its HTML references, read from
 * the build output and gzip-compressed. Legacy polyfills carry `noModule`:
 * current browsers never download them, so they are not counted.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { ROOT } from "../../operations/processes";

export interface ScriptWeight {
  scripts: number;
  raw: number;
  gzip: number;
}

export function firstLoadJs(html: string): ScriptWeight {
  const tags = [...html.matchAll(/<script[^>]*>/g)].map((m) => m[0]).filter((tag) => !/nomodule/i.test(tag));
  const sources = [...new Set(tags.flatMap((tag) => /src="(\/_next\/static\/[^"]+\.js)"/.exec(tag)?.[1] ?? []))];
  let raw = 0;
  let gzip = 0;
  for (const src of sources) {
    const file = readFileSync(path.join(ROOT, ".next", src.replace(/^\/_next\//, "")));
    raw += file.length;
    gzip += gzipSync(file, { level: 9 }).length;
  }
  return { scripts: sources.length, raw, gzip };
}

/** The prerendered HTML of a static route in the build (`/` → index.html). */
export function prerenderedHtml(route: string): string {
  const file = route === "/" ? "index.html" : `${route.replace(/^\//, "")}.html`;
  return readFileSync(path.join(ROOT, ".next/server/app", file), "utf8");
}
