/**
 * A TCP proxy between the app and PostgreSQL for fault tests: "down" cuts
 * every open connection and refuses new ones, exactly what the app sees when
 * the database stops; "up" lets connections through again. Controlled over
 * HTTP on loopback (POST /down, POST /up).
 */
import http from "node:http";
import net from "node:net";

export interface FaultProxy {
  port: number;
  controlPort: number;
  close(): Promise<void>;
}

export async function startFaultProxy(target: { host: string; port: number }): Promise<FaultProxy> {
  let down = false;
  const open = new Set<net.Socket>();

  const proxy = net.createServer((client) => {
    if (down) {
      client.destroy();
      return;
    }
    const upstream = net.connect(target.port, target.host);
    open.add(client);
    open.add(upstream);
    const close = () => {
      client.destroy();
      upstream.destroy();
      open.delete(client);
      open.delete(upstream);
    };
    client.on("error", close).on("close", close);
    upstream.on("error", close).on("close", close);
    client.pipe(upstream).pipe(client);
  });

  const control = http.createServer((request, response) => {
    if (request.method === "POST" && (request.url === "/down" || request.url === "/up")) {
      down = request.url === "/down";
      if (down) for (const socket of open) socket.destroy();
      response.writeHead(204).end();
      return;
    }
    response.writeHead(404).end();
  });

  const listen = (server: net.Server | http.Server) =>
    new Promise<number>((resolve) => server.listen(0, "127.0.0.1", () => resolve((server.address() as net.AddressInfo).port)));
  const port = await listen(proxy);
  const controlPort = await listen(control);
  return {
    port,
    controlPort,
    close: async () => {
      for (const socket of open) socket.destroy();
      await Promise.all([new Promise((r) => proxy.close(r)), new Promise((r) => control.close(r))]);
    },
  };
}
