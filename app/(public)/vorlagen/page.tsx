import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { TEMPLATES } from "@/lib/templates/content";

export const metadata: Metadata = {
  title: "Vorlagen",
  description:
    "Vorlagen zum Anpassen: Musterbeschluss, Leitbild, Integrationskonzept, Stellenbeschreibung, Integrationsbeirat, Runder Tisch, AGG-Beschwerdestelle, Zielvereinbarung, Integrationsbericht, Kooperation Antidiskriminierungsberatung und Auftragsverarbeitung.",
};

export default function TemplatesPage() {
  return (
    <>
      <PageHeader
        eyebrow="Arbeitshilfen"
        title="Vorlagen für Ihre Integrationsarbeit"
        lead="Sechs Ausgangspunkte, die Sie an Ihre Kommune anpassen: lesen Sie sie hier oder laden Sie sie als Word-Datei herunter. Platzhalter stehen in eckigen Klammern."
      />
      <ul className="grid grid-cols-1 gap-6 md:grid-cols-2">
        {TEMPLATES.map((template) => (
          <li key={template.slug} className="rounded-lg border border-line p-5">
            <h2 className="text-xl font-bold text-brand-900">
              <Link href={`/vorlagen/${template.slug}`}>{template.title}</Link>
            </h2>
            <p className="mt-2">{template.summary}</p>
            <p className="mt-3 text-sm">
              <a href={`/vorlagen/${template.slug}/word`} download>
                {template.title} als Word-Datei (.docx)
              </a>
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}
