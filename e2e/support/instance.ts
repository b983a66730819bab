/** A further app instance on the test database (as a second server of a deployment), with its log lines. */
import { spawn } from "node:child_process";
import { expect } from "@playwright/test";

export interface Instance {
  base: string;
  /** Every JSON log line the instance wrote so far. */
  logLines(): Record<string, unknown>[];
  /** Everything it wrote, as text (for "never contains" checks). */
  output(): string;
  stop(): void;
}

let next = 0;

export async function startInstance(env: Record<string, string> = {}): Promise<Instance> {
  next += 1;
  const port = Number(process.env.E2E_PORT ?? 3100) + 6 + next;
  const child = spawn(process.execPath, ["--import", "tsx", "lib/operations/commands/serve.ts"], {
    env: {
      ...process.env,
      DATABASE_URL: process.env.E2E_APP_DATABASE_URL ?? process.env.DATABASE_URL,
      HOST: "127.0.0.1",
      PORT: String(port),
      TRUSTED_PROXIES: "none",
      DEMO_MODE: "1",
      JOBS: "off",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let text = "";
  child.stdout.on("data", (chunk: Buffer) => (text += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (text += chunk.toString()));
  const base = `http://127.0.0.1:${port}`;
  await expect(async () => {
    expect((await fetch(`${base}/api/health`)).ok).toBe(true);
  }).toPass({ timeout: 60_000 });
  return {
    base,
    output: () => text,
    logLines: () =>
      text
        .split("\n")
        .filter((line) => line.startsWith("{"))
        .map((line) => JSON.parse(line) as Record<string, unknown>),
    stop: () => void child.kill("SIGTERM"),
  };
}
