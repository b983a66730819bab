/**
 * Request throughput with autocannon: a fixed number of connections for a
 * fixed time against one URL on loopback. Non-2xx answers and errors are
 * reported, so a figure from failing requests cannot pass unnoticed.
 */
import autocannon from "autocannon";

export const WARM_UP_SECONDS = 5;

export interface Throughput {
  requestsPerSecond: number;
  latencyP50: number;
  latencyP97_5: number;
  bytesPerRequest: number;
  failures: number;
}

export async function measureThroughput(
  url: string,
  options: { connections?: number; seconds?: number; headers?: Record<string, string> } = {},
): Promise<Throughput> {
  const run = (duration: number) => autocannon({ url, connections: options.connections ?? 50, duration, headers: options.headers, pipelining: 1 });
  // Warm-up: measured runs of the same page repeated at once differed by up to 15 % after 2 s
  // (the JIT was still optimising the page's code paths); after 5 s they agree within noise.
  await run(WARM_UP_SECONDS);
  const result = await run(options.seconds ?? 10);
  const failures = result.non2xx + result.errors + result.timeouts;
  return {
    requestsPerSecond: result.requests.average,
    latencyP50: result.latency.p50,
    latencyP97_5: result.latency.p97_5,
    bytesPerRequest: result.requests.total ? result.throughput.total / result.requests.total : 0,
    failures,
  };
}
