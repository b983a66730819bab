/**
 * nginx from Debian's package, started on a loopback port with its own prefix
 * directory under .data/ (never the system's nginx): by the benchmark as a
 * plain file server (its baseline) and with the reverse-proxy configuration
 * the repository ships (lib/operations/deploy/nginx/kurz-check.conf), by the browser
 * tests to check that configuration.
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { DATA_DIR, installDebianPackage, ROOT } from "../operations/processes";
import { setTimeout as sleep } from "node:timers/promises";

export const PROXY_TEMPLATE = path.join(ROOT, "lib/operations/deploy/nginx/kurz-check.conf");

/** The values the shipped proxy config takes (the variables of its envsubst command) for a local run. */
export function localProxyValues(port: number, upstreams: string | string[], name: string): Record<string, string> {
  return {
    KURZCHECK_LISTEN: `127.0.0.1:${port}`,
    KURZCHECK_UPSTREAM_SERVERS: [upstreams]
      .flat()
      .map((address) => `server ${address};`)
      .join(" "),
    KURZCHECK_STATIC_DIR: path.join(ROOT, ".next/static"),
    KURZCHECK_CACHE_DIR: path.join(DATA_DIR, "local-nginx", name, "cache"),
    KURZCHECK_BUILD_ID: readFileSync(path.join(ROOT, ".next/BUILD_ID"), "utf8").trim(),
  };
}

/** The shipped proxy config filled in for a local run: nginx on `port` in front of the app instances at `upstreams`. */
export function localProxyConfig(port: number, upstreams: string | string[], name: string): string {
  return renderTemplate(readFileSync(PROXY_TEMPLATE, "utf8"), localProxyValues(port, upstreams, name));
}

export interface RunningNginx {
  base: string;
  stop(): Promise<void>;
}

function findNginx(): string | null {
  for (const candidate of [process.env.NGINX_PATH, "/usr/sbin/nginx", "/usr/bin/nginx"]) if (candidate && existsSync(candidate)) return candidate;
  return null;
}

/** Finds nginx; as root on Debian it installs the package (as .ci/run does with chromium). */
export async function ensureNginx(): Promise<string> {
  const found = findNginx() ?? ((await installDebianPackage("nginx")) ? findNginx() : null);
  if (!found) throw new Error("nginx nicht gefunden: bitte Debians Paket installieren (apt-get install nginx) oder NGINX_PATH setzen.");
  return found;
}

/** Fills `${NAME}` placeholders (the envsubst syntax the README shows for production). */
export function renderTemplate(template: string, values: Record<string, string>): string {
  return template.replace(/\$\{([A-Z_]+)\}/g, (whole, name: string) => values[name] ?? whole);
}

export async function startNginx(name: string, port: number, serverConfig: string): Promise<RunningNginx> {
  const binary = await ensureNginx();
  const prefix = path.join(DATA_DIR, "local-nginx", name);
  rmSync(prefix, { recursive: true, force: true });
  mkdirSync(path.join(prefix, "temp"), { recursive: true });
  // As root, nginx would drop its workers to `nobody`, who may not read the checkout (.next).
  const config = `
${process.getuid?.() === 0 ? "user root root;" : ""}
worker_processes auto;
pid ${prefix}/nginx.pid;
error_log ${prefix}/error.log warn;
events { worker_connections 2048; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 100000;
  client_body_temp_path ${prefix}/temp/body;
  proxy_temp_path ${prefix}/temp/proxy;
  fastcgi_temp_path ${prefix}/temp/fastcgi;
  uwsgi_temp_path ${prefix}/temp/uwsgi;
  scgi_temp_path ${prefix}/temp/scgi;
${serverConfig}
}
`;
  const file = path.join(prefix, "nginx.conf");
  writeFileSync(file, config);
  const test = spawnSync(binary, ["-t", "-p", prefix, "-c", file], { encoding: "utf8" });
  if (test.status !== 0) throw new Error(`nginx config for ${name} is invalid:\n${test.stderr}`);
  const child = spawn(binary, ["-p", prefix, "-c", file, "-g", "daemon off;"], { stdio: "inherit" });
  const base = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode !== null) return;
    child.kill("SIGQUIT");
    await new Promise((resolve) => child.once("exit", resolve));
  };
  for (let attempt = 0; attempt < 50; attempt++) {
    if (child.exitCode !== null) throw new Error(`nginx (${name}) exited: ${readFileSync(path.join(prefix, "error.log"), "utf8")}`);
    if (
      await fetch(base, { method: "HEAD" }).then(
        () => true,
        () => false,
      )
    )
      return { base, stop };
    await sleep(100);
  }
  await stop();
  throw new Error(`nginx (${name}) did not answer on port ${port}`);
}
