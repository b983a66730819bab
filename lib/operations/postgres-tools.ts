/**
 * PostgreSQL's own dump tools for backups: pg_dump and pg_restore of a major
 * version at least the server's (pg_dump refuses a newer server). Looked up
 * in PG_BIN, then Debian's per-version folders, then PATH.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import pg from "pg";

export type PostgresTool = "pg_dump" | "pg_restore";

function majorOf(binary: string): number | null {
  const result = spawnSync(binary, ["--version"], { encoding: "utf8" });
  const match = /\(PostgreSQL\)\s+(\d+)/.exec(result.stdout ?? "");
  return match ? Number(match[1]) : null;
}

/** The server's major version (e.g. 15). */
export async function serverMajor(connectionString: string): Promise<number> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    const { rows } = await client.query<{ v: string }>("SELECT current_setting('server_version_num') AS v");
    return Math.floor(Number(rows[0]!.v) / 10_000);
  } finally {
    await client.end();
  }
}

/** The path of `tool` that can handle a server of major version `major`, or a German/English error saying what to install. */
export function findPostgresTool(tool: PostgresTool, major: number): string {
  const debian = "/usr/lib/postgresql";
  const candidates = [
    process.env.PG_BIN ? path.join(process.env.PG_BIN, tool) : null,
    path.join(debian, String(major), "bin", tool),
    ...(existsSync(debian) ? readdirSync(debian).map((version) => path.join(debian, version, "bin", tool)) : []),
    tool,
  ].filter((candidate): candidate is string => candidate !== null);
  for (const candidate of candidates) {
    const found = majorOf(candidate);
    if (found !== null && found >= major) return candidate;
  }
  throw new Error(
    `${tool} für PostgreSQL ${major} fehlt. Installieren Sie die Werkzeuge derselben Hauptversion, unter Debian: apt-get install postgresql-client-${major} ` +
      `(oder setzen Sie PG_BIN auf deren Ordner). / ${tool} for PostgreSQL ${major} or newer not found.`,
  );
}

/** libpq's environment for a connection string, so the password never appears in a process list. */
export function libpqEnvironment(connectionString: string): NodeJS.ProcessEnv {
  const url = new URL(connectionString);
  return {
    ...process.env,
    PGHOST: url.hostname,
    PGPORT: url.port || "5432",
    PGUSER: decodeURIComponent(url.username),
    PGPASSWORD: decodeURIComponent(url.password),
    PGDATABASE: decodeURIComponent(url.pathname.slice(1)),
    ...(url.searchParams.get("sslmode") ? { PGSSLMODE: url.searchParams.get("sslmode")! } : {}),
  };
}
