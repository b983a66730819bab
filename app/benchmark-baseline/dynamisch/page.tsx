import type { Metadata } from "next";
import { connection } from "next/server";

export const metadata: Metadata = { title: "Vergleichsseite (dynamisch)", robots: { index: false, follow: false } };

/**
 * The second baseline of `npm run bench`: the smallest page Next.js renders
 * per request (no data, no session), the floor for the signed-in pages.
 */
export default async function DynamicBenchmarkBaselinePage() {
  await connection();
  return (
    <main id="inhalt" className="p-8">
      <h1 className="text-2xl font-bold">Kurz-Check Integration</h1>
      <p>Vergleichsseite für Messungen, bei jedem Aufruf neu erzeugt.</p>
    </main>
  );
}
