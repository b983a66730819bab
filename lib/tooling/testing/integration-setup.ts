/** Integration tests need the database that `npm test` creates; refuse to run against anything else. */
export default function setup() {
  if (!process.env.TEST_DATABASE_URL) {
    throw new Error("TEST_DATABASE_URL fehlt: Integrationstests bitte mit `npm test` starten (eigene, frische Testdatenbank).");
  }
}
