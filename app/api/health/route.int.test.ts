// Rule guarded: /api/health tells a load balancer the truth within 5 s —
// 200 while the database answers, 503 when it is stopped or hangs.
import net from "node:net";
import { afterEach, describe, expect, it, vi } from "vitest";

async function callHealth(databaseUrl: string) {
  vi.resetModules();
  delete (globalThis as { kurzcheckPool?: unknown }).kurzcheckPool;
  delete (globalThis as { kurzcheckDb?: unknown }).kurzcheckDb;
  process.env.DATABASE_URL = databaseUrl;
  const { GET } = await import("./route");
  const started = performance.now();
  const response = await GET();
  return { response, seconds: (performance.now() - started) / 1000 };
}

afterEach(async () => {
  const pool = (globalThis as { kurzcheckPool?: { end(): Promise<void> } }).kurzcheckPool;
  await pool?.end().catch(() => {});
});

describe("GET /api/health", () => {
  it("answers 200 with the database reachable", async () => {
    const { response } = await callHealth(process.env.TEST_DATABASE_URL!);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok" });
  });

  it("answers 503 within 5 s when nothing listens on the database port", async () => {
    const closed = net.createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const { port } = closed.address() as net.AddressInfo;
    await new Promise<void>((resolve) => closed.close(() => resolve()));

    const { response, seconds } = await callHealth(`postgres://postgres:postgres@127.0.0.1:${port}/kurzcheck`);
    expect(response.status).toBe(503);
    expect(seconds).toBeLessThan(5);
  });

  it("answers 503 within 5 s when the database accepts connections but never replies", async () => {
    const sockets: net.Socket[] = [];
    const silent = net.createServer((socket) => sockets.push(socket));
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    const { port } = silent.address() as net.AddressInfo;
    try {
      const { response, seconds } = await callHealth(`postgres://postgres:postgres@127.0.0.1:${port}/kurzcheck`);
      expect(response.status).toBe(503);
      expect(seconds).toBeLessThan(5);
    } finally {
      sockets.forEach((socket) => socket.destroy());
      silent.close();
    }
  });
});
