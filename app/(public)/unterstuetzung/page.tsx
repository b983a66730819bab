import type { Metadata } from "next";
import Link from "next/link";
import { ContactCard } from "@/components/layout/contact-card";
import { PageHeader } from "@/components/ui/page-header";
import { BulletList, Section } from "@/components/ui/section";

export const metadata: Metadata = {
  title: "Unterstützung und Kontakt",
  description:
    "Das Netzwerk NIKO berät Gemeinden, Städte und Landkreise in Bayern bei ihrer Integrationsarbeit und interkulturellen Öffnung. So erreichen Sie uns.",
};

export default function SupportPage() {
  return (
    <>
      <PageHeader
        eyebrow="Beratung"
        title="Unterstützung für Ihre Integrationsarbeit"
        lead="Der Kurz-Check zeigt, wo Sie stehen. Wie Sie von dort weiterkommen, besprechen wir gern mit Ihnen – kostenfrei und auf Ihre Kommune zugeschnitten."
      />

      <Section id="wer" title="Wer wir sind">
        <p>
          NIKO – das Netzwerk interkulturelle Öffnung Kommunen in Bayern – ist ein Projekt des VIA Bayern e.V. Seit vielen
          Jahren arbeiten wir mit Kommunen zusammen: beim Integrationsmanagement, bei der interkulturellen Öffnung von
          Verwaltungen und in der Weiterbildung. NIKO ist Teil von MigraNet, dem Landesnetzwerk Bayern im Förderprogramm
          „Integration durch Qualifizierung (IQ)“.
        </p>
      </Section>

      <Section id="angebot" title="Was wir für Sie tun">
        <BulletList
          items={[
            "Wir besprechen mit Ihnen das Ergebnis Ihres Kurz-Checks und geben eine schriftliche Rückmeldung zu jeder Frage.",
            "Wir begleiten die Erarbeitung eines Leitbilds oder Integrationskonzepts – von der Bestandsaufnahme bis zum Ratsbeschluss.",
            "Wir unterstützen Prozesse der interkulturellen Öffnung in einzelnen Ämtern oder in der ganzen Verwaltung.",
            "Wir bieten Fortbildungen in interkultureller Kompetenz an, besonders für Führungskräfte.",
            "Wir bringen Sie mit Kommunen in Kontakt, die ähnliche Aufgaben schon gelöst haben.",
          ]}
        />
      </Section>

      <Section id="kontakt" title="So erreichen Sie uns">
        <p>Rufen Sie uns an oder schreiben Sie uns. Wir melden uns zeitnah bei Ihnen.</p>
        <ContactCard headingLevel={3} />
        <p>
          Registrierte Kommunen können ihren Kurz-Check im Portal einreichen; die Rückmeldung der Berater*innen erscheint dann
          direkt beim Ergebnis. <Link href="/registrieren">Jetzt registrieren</Link>
        </p>
      </Section>
    </>
  );
}
