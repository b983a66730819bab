import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { SUCCESS_FACTORS } from "@/lib/kurzcheck/factors";

export const metadata: Metadata = {
  title: "Erfolgsfaktoren kommunaler Integrationsarbeit",
  description:
    "Vierzehn Erfolgsfaktoren für die Integrationsarbeit in Gemeinden, Städten und Landkreisen – von Chefsache über Leitbild und Netzwerk bis zur Überprüfung.",
};

export default function FactorsPage() {
  const [chefsache, ...others] = SUCCESS_FACTORS;
  return (
    <>
      <PageHeader
        eyebrow="Orientierung"
        title="Erfolgsfaktoren kommunaler Integrationsarbeit"
        lead="Was Kommunen auszeichnet, in denen Integration gelingt. Jeder Faktor wird mit Beispielen aus der Praxis und ersten Schritten erklärt – und ist mit den Fragen des Kurz-Checks verbunden, die ihn messen."
      />

      <section aria-labelledby="grundlage" className="rounded-lg border-2 border-brand-700 bg-brand-50 p-6">
        <h2 id="grundlage" className="text-xl font-bold text-brand-900">
          <Link href={`/erfolgsfaktoren/${chefsache.slug}`}>{chefsache.title}</Link>
        </h2>
        <p className="mt-2 max-w-3xl">{chefsache.summary} Er ist ein entscheidender Faktor: Mit Rückendeckung der Spitze kommen die übrigen leichter voran.</p>
      </section>

      <section aria-labelledby="weitere" className="mt-10">
        <h2 id="weitere" className="text-2xl font-bold text-brand-900">
          Weitere Erfolgsfaktoren
        </h2>
        <ul className="mt-4 grid grid-cols-1 gap-4 md:grid-cols-2">
          {others.map((factor) => (
            <li key={factor.slug} className="rounded-lg border border-line p-5">
              <h3 className="text-lg font-semibold">
                <Link href={`/erfolgsfaktoren/${factor.slug}`}>{factor.title}</Link>
              </h3>
              <p className="mt-1">{factor.summary}</p>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
