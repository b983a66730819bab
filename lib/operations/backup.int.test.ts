// Rules guarded (issue 14): `npm run backup` and `npm run restore` use PostgreSQL's own tools;
// a database filled through the portal comes back row for row in every table; a restore refuses a
// database that is not empty and leaves it untouched.
import { execFile } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPool, dbFor } from "@/db";
import { dropDatabase, ensureDatabase } from "@/db/embedded";
import { migrateDatabase } from "@/db/migrate";
import { replaceDatabase } from "@/lib/operations/database";
import { populateThroughServices } from "@/lib/tooling/testing/populate";

const run = promisify(execFile);
const TSX = path.resolve("node_modules/.bin/tsx");
const suffix = Math.random().toString(36).slice(2, 8);
const SOURCE = `kc_sicherung_quelle_${suffix}`;
const TARGET = `kc_sicherung_ziel_${suffix}`;
const admin = replaceDatabase(process.env.TEST_DATABASE_URL!, "postgres");
const urlOf = (database: string) => replaceDatabase(process.env.TEST_DATABASE_URL!, database);
const directory = mkdtempSync(path.join(os.tmpdir(), "kurzcheck-sicherung-"));

/** Every table of the database (the portal's and the migrator's) as sorted JSON rows. */
async function everyRow(database: string): Promise<Record<string, string[]>> {
  const client = new pg.Client({ connectionString: urlOf(database) });
  await client.connect();
  try {
    const { rows: tables } = await client.query<{ name: string }>(
      "SELECT format('%I.%I', schemaname, tablename) AS name FROM pg_tables WHERE schemaname IN ('public', 'drizzle') ORDER BY 1",
    );
    const result: Record<string, string[]> = {};
    for (const { name } of tables) {
      const { rows } = await client.query(`SELECT to_jsonb(t)::text AS row FROM ${name} t`);
      result[name] = rows.map((r: { row: string }) => r.row).sort();
    }
    return result;
  } finally {
    await client.end();
  }
}

describe("backup and restore", () => {
  beforeAll(async () => {
    await ensureDatabase(admin, SOURCE);
    await migrateDatabase(urlOf(SOURCE));
    const pool = createPool(urlOf(SOURCE), { max: 2 });
    try {
      await populateThroughServices(dbFor(pool));
    } finally {
      await pool.end();
    }
  }, 60_000);

  afterAll(async () => {
    await dropDatabase(admin, SOURCE);
    await dropDatabase(admin, TARGET);
    rmSync(directory, { recursive: true, force: true });
  });

  it("a backup restores into a new database with every row of every table", async () => {
    const env = { ...process.env, DATABASE_URL: urlOf(SOURCE), BACKUP_DIR: directory };
    const backup = await run(TSX, ["lib/operations/commands/backup.ts"], { env });
    expect(backup.stdout).toMatch(/Sicherung geschrieben: .*kurzcheck-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}Z\.dump/);
    const files = readdirSync(directory);
    expect(files).toHaveLength(1); // no .partial left behind
    const file = path.join(directory, files[0]!);

    await run(TSX, ["lib/operations/commands/restore.ts", file, "--database", TARGET], { env: { ...process.env, DATABASE_URL: urlOf(SOURCE) } });

    const [before, after] = await Promise.all([everyRow(SOURCE), everyRow(TARGET)]);
    expect(Object.keys(after)).toEqual(Object.keys(before));
    for (const table of [
      "public.answers",
      "public.review_comments",
      "public.measures",
      "public.measure_notes",
      "public.perspective_answers",
      "public.respondents",
      "public.workshops",
      "public.audit_log",
    ]) {
      expect(before[table]!.length, table).toBeGreaterThan(0);
    }
    for (const table of Object.keys(before)) expect(after[table], table).toEqual(before[table]);

    // Into a database that is not empty: refused, with the reason, and nothing changes.
    const again = await run(TSX, ["lib/operations/commands/restore.ts", file, "--database", TARGET], {
      env: { ...process.env, DATABASE_URL: urlOf(SOURCE) },
    }).catch((error: { code: number; stderr: string }) => error);
    expect("code" in again && again.code).toBe(1);
    expect((again as { stderr: string }).stderr).toContain(`Die Datenbank ${TARGET} ist nicht leer`);
    expect(await everyRow(TARGET)).toEqual(after);
  }, 120_000);
});
