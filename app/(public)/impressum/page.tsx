import type { Metadata } from "next";
import { ContactCard } from "@/components/layout/contact-card";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";

export const metadata: Metadata = {
  title: "Impressum",
  description: "Anbieter des Portals Kurz-Check Integration: NIKO – Netzwerk interkulturelle Öffnung Kommunen in Bayern, VIA Bayern e.V.",
};

export default function ImprintPage() {
  return (
    <>
      <PageHeader title="Impressum" />
      <Section id="anbieter" title="Anbieter">
        <ContactCard headingLevel={3} />
        <p>
          NIKO ist ein Teilprojekt von MigraNet – Landesnetzwerk Bayern im Förderprogramm „Integration durch Qualifizierung
          (IQ)“. Das Förderprogramm verbessert nachhaltig die Arbeitsmarktintegration von Erwachsenen mit
          Migrationshintergrund. Es wird durch das Bundesministerium für Arbeit und Soziales gefördert; Partner in der
          Umsetzung sind das Bundesministerium für Bildung und Forschung und die Bundesagentur für Arbeit.
        </p>
      </Section>
      <Section id="grundlage" title="Inhaltliche Grundlage">
        <p>
          Die Fragen des Kurz-Checks und die Erfolgsfaktoren beruhen auf der Broschüre „Integration ist Chefsache!
          Anregungen für Bürgermeister*innen und Landrät*innen“ (NIKO, 2020) von Meral Meindl, Dr. Hubertus Schröer und Jakob
          Ruster; Redaktion: Katharina Hörmann, Katrin Kuhla und Jakob Ruster. Die Texte dieses Portals wurden auf dieser
          Grundlage neu geschrieben und erweitert.
        </p>
      </Section>
      <Section id="haftung" title="Hinweis zu Links">
        <p>
          Für die Inhalte verlinkter fremder Seiten sind deren Anbieter verantwortlich. Das Portal selbst lädt keine Inhalte
          von fremden Servern.
        </p>
      </Section>
    </>
  );
}
