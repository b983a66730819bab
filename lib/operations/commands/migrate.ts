/** `npm run db:migrate`: applies the migrations to the database of DATABASE_URL. */
import { migrateDatabase } from "../../../db/migrate";

const url = process.env.DATABASE_URL;
if (!url) {
  console.error("DATABASE_URL ist nicht gesetzt. (`npm start` migriert die eingebettete Datenbank selbst.)");
  process.exit(1);
}
await migrateDatabase(url);
console.log("Migrationen angewendet.");
