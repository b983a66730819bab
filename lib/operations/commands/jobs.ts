/**
 * The job queue alone, without HTTP: reminders, yearly invitations,
 * retention. The systemd unit kurz-check-jobs runs it (release:
 * `node commands/jobs.mjs`) while the app instances run with JOBS=off;
 * pg-boss would also hand each run to exactly one of several runners.
 */
import { createPool, dbFor } from "../../../db/index";
import { loadConfigOrExit } from "../../config";
import { startJobRunner } from "../../jobs/runner";
import { logger } from "../../log";

loadConfigOrExit();
const url = process.env.DATABASE_URL;
if (!url) {
  logger().error("DATABASE_URL fehlt: der Aufgabendienst braucht die Datenbank des Portals.");
  process.exit(1);
}
const pool = createPool(url, { max: 2, application_name: "kurz-check-jobs" });
const runner = await startJobRunner(url, dbFor(pool));
logger().info("Aufgabendienst läuft");

async function stop() {
  await runner.stop();
  await pool.end();
  process.exit(0);
}
process.on("SIGINT", () => void stop());
process.on("SIGTERM", () => void stop());
