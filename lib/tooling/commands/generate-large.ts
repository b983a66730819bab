/** `npm run db:generate-large`: (re)creates the national-scale benchmark database and reports how long loading took. */
import { LARGE_DATABASE, largeDatabaseServer, loadLargeDatabase } from "../large-data/large-database";

const { server, url } = await largeDatabaseServer();
try {
  const loaded = await loadLargeDatabase(server, url);
  console.log(`Geladen in ${loaded.seconds.toFixed(1)} s in die Datenbank ${LARGE_DATABASE}:`);
  console.log(
    `  ${loaded.organisations} Kommunen, ${loaded.users} Konten, ${loaded.checks} Kurz-Checks, ${loaded.answers} Antworten, ${loaded.comments} Kommentare`,
  );
} finally {
  await server.stop();
}
