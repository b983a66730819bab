/**
 * Lighthouse (pinned 12.2.3) in Debian's Chromium, run through its CLI as
 * documented: default (mobile) settings, the four scored categories.
 */
import { spawn } from "node:child_process";
import path from "node:path";
import { ROOT } from "../../operations/processes";

export interface LighthouseScores {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  /** The lab metrics behind the performance score, in ms (CLS unitless). */
  metrics: { fcp: number; lcp: number; tbt: number; cls: number; si: number };
}

export function lighthouse(url: string): Promise<LighthouseScores> {
  const cli = path.join(ROOT, "node_modules/lighthouse/cli/index.js");
  const args = [
    cli,
    url,
    "--output=json",
    "--output-path=stdout",
    "--quiet",
    "--only-categories=performance,accessibility,best-practices,seo",
    "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage",
  ];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      env: { ...process.env, CHROME_PATH: process.env.CHROMIUM_PATH || "/usr/bin/chromium" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    let err = "";
    child.stdout.on("data", (chunk: Buffer) => (out += chunk));
    child.stderr.on("data", (chunk: Buffer) => (err += chunk));
    child.on("error", reject);
    child.on("exit", (code) => {
      if (code !== 0) return reject(new Error(`lighthouse exited with ${code}: ${err.slice(-2000)}`));
      const report = JSON.parse(out) as { categories: Record<string, { score: number | null }>; audits: Record<string, { numericValue?: number }> };
      const score = (key: string) => Math.round((report.categories[key]?.score ?? 0) * 100);
      const metric = (key: string) => report.audits[key]?.numericValue ?? NaN;
      resolve({
        performance: score("performance"),
        accessibility: score("accessibility"),
        bestPractices: score("best-practices"),
        seo: score("seo"),
        metrics: {
          fcp: metric("first-contentful-paint"),
          lcp: metric("largest-contentful-paint"),
          tbt: metric("total-blocking-time"),
          cls: metric("cumulative-layout-shift"),
          si: metric("speed-index"),
        },
      });
    });
  });
}
