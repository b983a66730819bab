/**
 * Backups with PostgreSQL's own tools: pg_dump's custom format (one
 * consistent snapshot, compressed, restorable table by table) and
 * pg_restore into an empty database, in one transaction.
 */
import { spawn } from "node:child_process";
import { mkdirSync, renameSync, statSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { findPostgresTool, libpqEnvironment, serverMajor } from "./postgres-tools";

function run(binary: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(binary, args, { env, stdio: ["ignore", "inherit", "pipe"] });
    let errors = "";
    child.stderr.on("data", (chunk: Buffer) => (errors += chunk.toString()));
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${path.basename(binary)} endete mit Code ${code}: ${errors.trim()}`))));
  });
}

/** `kurzcheck-2026-11-27T10-15-00Z.dump`: sorts by time, no characters a file system dislikes. */
export function backupFileName(now = new Date()): string {
  return `kurzcheck-${now
    .toISOString()
    .replace(/\.\d{3}Z$/, "Z")
    .replace(/:/g, "-")}.dump`;
}

/** Dumps the database of `connectionString` into `directory`; returns the file. Written under a temporary name first, so a cut-off dump never looks complete. */
export async function backupDatabase(connectionString: string, directory: string): Promise<{ file: string; bytes: number }> {
  const pgDump = findPostgresTool("pg_dump", await serverMajor(connectionString));
  mkdirSync(directory, { recursive: true });
  const file = path.join(directory, backupFileName());
  const partial = `${file}.partial`;
  await run(pgDump, ["--format=custom", "--compress=6", "--no-owner", "--no-privileges", `--file=${partial}`], libpqEnvironment(connectionString));
  renameSync(partial, file);
  return { file, bytes: statSync(file).size };
}

/** True when the database has no tables of the portal (nor of anything else) yet. */
export async function isEmptyDatabase(connectionString: string): Promise<boolean> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind IN ('r', 'p') AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg_toast%'",
    );
    return rows[0]!.n === 0;
  } finally {
    await client.end();
  }
}

/** Restores `file` into the empty database of `connectionString`: all or nothing. */
export async function restoreDatabase(connectionString: string, file: string): Promise<void> {
  if (!(await isEmptyDatabase(connectionString))) {
    const name = new URL(connectionString).pathname.slice(1);
    throw new Error(
      `Die Datenbank ${name} ist nicht leer. Eine Sicherung wird nur in eine leere Datenbank eingespielt (--database NAME legt eine neue an). / Database is not empty.`,
    );
  }
  const pgRestore = findPostgresTool("pg_restore", await serverMajor(connectionString));
  await run(
    pgRestore,
    ["--exit-on-error", "--single-transaction", "--no-owner", "--no-privileges", `--dbname=${libpqEnvironment(connectionString).PGDATABASE}`, file],
    libpqEnvironment(connectionString),
  );
}
