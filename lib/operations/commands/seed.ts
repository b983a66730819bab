/** `npm run db:seed`: the explicit request to put the demo accounts into DATABASE_URL's database (only if it has no users). */
import { createPool, dbFor } from "../../../db/index";
import { seedIfEmpty } from "../../../db/seed";

const url = process.env.DATABASE_URL;
if (!url) {
  console.error("DATABASE_URL ist nicht gesetzt. (`npm start` legt die Demo-Konten in der eingebetteten Datenbank selbst an.)");
  process.exit(1);
}
const pool = createPool(url, { max: 1 });
try {
  const seeded = await seedIfEmpty(dbFor(pool));
  console.log(seeded ? "Demo-Konten angelegt." : "Die Datenbank enthält bereits Konten; nichts geändert.");
} finally {
  await pool.end();
}
