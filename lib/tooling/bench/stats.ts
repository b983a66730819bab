/** Latency summaries shared by the benchmarks. */
export interface Summary {
  median: number;
  p95: number;
}

export function summarise(times: number[]): Summary {
  const sorted = [...times].sort((a, b) => a - b);
  // No samples (every request failed) gives NaN, which the table prints as such.
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? Number.NaN;
  return { median: at(50), p95: at(95) };
}

/** Runs `work` a few times to warm caches and pools, then `runs` times measured one after another. */
export async function timeSequential(work: () => Promise<unknown>, runs: number): Promise<Summary> {
  for (let i = 0; i < 3; i++) await work();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await work();
    times.push(performance.now() - started);
  }
  return summarise(times);
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
