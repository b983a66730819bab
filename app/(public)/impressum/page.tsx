import { OperatorPhoneAndEmail, OperatorWebsites } from "@/components/layout/contact-card";
import { SampleNotice } from "@/components/layout/sample-notice";
import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { cityLine, OPERATOR as o } from "@/lib/operator";

export const metadata: Metadata = {
  title: "Impressum",
  description: `Anbieterkennzeichnung des Portals Kurz-Check Integration nach § 5 DDG: ${o.project.name}, ${o.organisation.name}.`,
};

/** One label–value row of the imprint; a description list reads well with a screen reader. */
function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="grid grid-cols-1 gap-1 border-b border-line py-3 md:grid-cols-[14rem_1fr] md:gap-4">
      <dt className="font-semibold">{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

export default function ImprintPage() {
  return (
    <>
      <PageHeader title="Impressum" lead="Angaben nach § 5 Digitale-Dienste-Gesetz (DDG) und § 18 Medienstaatsvertrag (MStV)." />
      <SampleNotice />

      <Section id="anbieter" title="Anbieter">
        <dl>
          <Row label="Name und Rechtsform">
            {o.organisation.fullName}
            <br />
            Rechtsform: {o.organisation.legalForm}
          </Row>
          <Row label="Projekt">{o.project.name}</Row>
          <Row label="Anschrift">
            {o.address.street}
            <br />
            {cityLine(o.address)}
          </Row>
          <Row label="Vertreten durch">
            Vorstand: {o.representation.board}
            {o.representation.management.map((person) => (
              <span key={person.name}>
                <br />
                {person.name}, {person.role}
              </span>
            ))}
          </Row>
          <Row label="Kontakt">
            <OperatorPhoneAndEmail />
            <br />
            Im Internet: <OperatorWebsites />
          </Row>
          <Row label="Registereintrag">
            {o.register.kind}, {o.register.court}, Registernummer: {o.register.number}
          </Row>
          {o.vatId ? <Row label="Umsatzsteuer-Identifikationsnummer">{o.vatId}</Row> : null}
          <Row label="Verantwortlich für den Inhalt nach § 18 Abs. 2 MStV">
            {o.contentResponsible.name}, {o.contentResponsible.role}
            <br />
            {o.contentResponsible.address.street}, {cityLine(o.contentResponsible.address)}
          </Row>
        </dl>
      </Section>

      <Section id="foerderung" title="Förderung">
        <p>Die Broschüre, auf der dieses Portal beruht, nennt folgende Förderung ({o.funding.asOf}):</p>
        <blockquote className="border-l-4 border-line pl-4">
          <p>{o.funding.project}</p>
          <p className="mt-2">{o.funding.programme}</p>
        </blockquote>
      </Section>

      <Section id="grundlage" title="Inhaltliche Grundlage">
        <p>
          Die 13 Fragen des Kurz-Checks und die Erfolgsfaktoren gehen auf die Broschüre „Integration ist Chefsache! Anregungen für Bürgermeister*innen und
          Landrät*innen“ zurück (NIKO, 2020). Verfasst haben sie Meral Meindl, Dr. Hubertus Schröer und Jakob Ruster; die Redaktion lag bei Katharina Hörmann,
          Katrin Kuhla und Jakob Ruster.
        </p>
        <p>
          Alle Texte in diesem Portal sind auf dieser Grundlage neu formuliert und ergänzt. Der Index und die drei Stufen der Auswertung sind eine eigene
          Lesehilfe des Portals und stammen nicht aus der Broschüre.
        </p>
      </Section>

      <Section id="haftung" title="Hinweis zu Links">
        <p>
          Für die Inhalte fremder Seiten, auf die wir verweisen, sind deren Anbieter verantwortlich. Das Portal selbst lädt keine Inhalte von fremden Servern.
        </p>
      </Section>
    </>
  );
}
