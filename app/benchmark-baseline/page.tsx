import type { Metadata } from "next";

export const metadata: Metadata = { title: "Vergleichsseite", robots: { index: false, follow: false } };

/**
 * The baseline of `npm run bench`: the smallest page this build can serve
 * (root layout only, no header, footer or data), so the figure of a real
 * guidance page can be set against what Next.js itself costs.
 */
export default function BenchmarkBaselinePage() {
  return (
    <main id="inhalt" className="p-8">
      <h1 className="text-2xl font-bold">Kurz-Check Integration</h1>
      <p>Vergleichsseite für Messungen.</p>
    </main>
  );
}
