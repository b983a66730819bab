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
  /** The weighted audits of accessibility, best practices and SEO that did not pass (their ids): why a score is below 100. */
  failing: string[];
}

/** `headers` go with every request of the page (a signed-in page: the session cookie, as the sign-in sets it). */
export function lighthouse(url: string, options: { headers?: Record<string, string> } = {}): Promise<LighthouseScores> {
  const cli = path.join(ROOT, "node_modules/lighthouse/cli/index.js");
  const args = [
    cli,
    url,
    "--output=json",
    "--output-path=stdout",
    "--quiet",
    "--only-categories=performance,accessibility,best-practices,seo",
    "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage",
    ...(options.headers ? [`--extra-headers=${JSON.stringify(options.headers)}`] : []),
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
      const report = JSON.parse(out) as {
        categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
        audits: Record<string, { numericValue?: number; score: number | null }>;
      };
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
        failing: ["accessibility", "best-practices", "seo"].flatMap((category) =>
          (report.categories[category]?.auditRefs ?? []).filter((ref) => ref.weight > 0 && (report.audits[ref.id]?.score ?? 1) < 1).map((ref) => ref.id),
        ),
      });
    });
  });
}

/**
 * The run with the median performance score of `runs` (Lighthouse's own
 * advice for a noisy machine: one run can be off by ten points either way).
 */
export async function lighthouseMedian(
  url: string,
  options: { headers?: Record<string, string>; runs?: number } = {},
): Promise<LighthouseScores & { spread: number[] }> {
  const results: LighthouseScores[] = [];
  for (let run = 0; run < (options.runs ?? 3); run++) results.push(await lighthouse(url, options));
  const sorted = [...results].sort((a, b) => a.performance - b.performance);
  return { ...sorted[Math.floor(sorted.length / 2)]!, spread: sorted.map((result) => result.performance) };
}
