import type { Metadata } from "next";
import { SampleNotice } from "@/components/layout/sample-notice";
import Link from "next/link";
import { ContactCard } from "@/components/layout/contact-card";
import { PageHeader } from "@/components/ui/page-header";
import { BulletList, Section } from "@/components/ui/section";
import { OPERATOR as o } from "@/lib/operator";
import { EmailLink } from "@/components/layout/email-link";

export const metadata: Metadata = {
  title: "Unterstützung und Kontakt",
  description:
    "Das Netzwerk NIKO unterstützt Gemeinden, Städte und Landkreise in Bayern bei ihrer Integrationsarbeit und interkulturellen Öffnung. So erreichen Sie uns.",
};

export default function SupportPage() {
  return (
    <>
      <PageHeader
        eyebrow="Beratung"
        title="Unterstützung für Ihre Integrationsarbeit"
        lead="Der Kurz-Check zeigt, wo Ihre Kommune steht. Über die nächsten Schritte können Sie mit dem Netzwerk NIKO sprechen."
      />
      <SampleNotice />

      <Section id="wer" title="Wer wir sind">
        <p>
          {o.project.name} ist ein Projekt des {o.organisation.fullName}. Der Verein arbeitet seit vielen Jahren mit Kommunen zusammen. Seine Schwerpunkte sind
          Integrationsmanagement, die interkulturelle Öffnung von Verwaltungen und Weiterbildung.
        </p>
        <p className="text-sm text-muted">
          Förderhinweis der Broschüre ({o.funding.asOf}): {o.funding.project}
        </p>
      </Section>

      <Section id="angebot" title="Worüber Sie mit uns sprechen können">
        <BulletList items={o.services} />
        {o.serviceNotes.length > 0 ? <BulletList items={o.serviceNotes} /> : null}
        <p>
          Registrierte Kommunen können ihren Kurz-Check im Portal einreichen. Die Berater*innen von {o.project.shortName} können ihn dort kommentieren; ihre
          Kommentare erscheinen nach der Freigabe direkt beim Ergebnis.
        </p>
      </Section>

      <Section id="kontakt" title="So erreichen Sie uns">
        <p>
          Rufen Sie uns an unter <a href={o.phone.href}>{o.phone.label}</a> oder schreiben Sie uns eine E-Mail an <EmailLink email={o.email} />.
        </p>
        <ContactCard headingLevel={3} />
        <p>
          Sie möchten den Check im Team ausfüllen und Ihre Ergebnisse sichern? <Link href="/registrieren">Registrieren Sie Ihre Kommune</Link>.
        </p>
      </Section>
    </>
  );
}
