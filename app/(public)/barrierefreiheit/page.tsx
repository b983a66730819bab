import type { Metadata } from "next";
import Link from "next/link";
import { ContactCard } from "@/components/layout/contact-card";
import { PageHeader } from "@/components/ui/page-header";
import { BulletList, Section } from "@/components/ui/section";

export const metadata: Metadata = {
  title: "Erklärung zur Barrierefreiheit",
  description: "Wie barrierefrei das Portal Kurz-Check Integration ist, wie wir das prüfen und wie Sie uns Barrieren melden können.",
};

export default function AccessibilityPage() {
  return (
    <>
      <PageHeader
        title="Erklärung zur Barrierefreiheit"
        lead="Das Portal soll für alle nutzbar sein – mit Tastatur, Screenreader, Vergrößerung oder in Leichter Sprache."
      />

      <Section id="stand" title="Stand der Vereinbarkeit">
        <p>
          Wir richten das Portal an der Barrierefreie-Informationstechnik-Verordnung (BITV 2.0) und den Web Content
          Accessibility Guidelines (WCAG 2.1, Stufe AA) aus. Nach unserer eigenen Prüfung ist es weitgehend mit diesen
          Anforderungen vereinbar. Eine Prüfung durch eine unabhängige Stelle steht noch aus.
        </p>
      </Section>

      <Section id="pruefung" title="Wie wir prüfen">
        <BulletList
          items={[
            "Jede Seite wird bei jeder Änderung automatisch im Browser auf Verstöße gegen WCAG 2.1 A und AA geprüft.",
            "Wichtige Abläufe wie der Kurz-Check werden automatisch allein mit der Tastatur durchgespielt.",
            "Jedes Diagramm hat eine Tabelle mit denselben Werten als Alternative.",
            "Farben sind auf ausreichenden Kontrast geprüft; der Tastaturfokus ist immer deutlich sichtbar.",
          ]}
        />
      </Section>

      <Section id="einschraenkungen" title="Bekannte Einschränkungen">
        <p>
          Die Diagramme selbst sind Grafiken; Screenreader lesen stattdessen eine Kurzbeschreibung und die Tabelle daneben.
          Die Texte in <Link href="/leichte-sprache">Leichter Sprache</Link> erklären das Portal, aber noch nicht jede
          einzelne Frage des Kurz-Checks.
        </p>
      </Section>

      <Section id="feedback" title="Barrieren melden">
        <p>
          Ist Ihnen eine Barriere aufgefallen, oder brauchen Sie einen Inhalt in anderer Form? Melden Sie sich bei uns. Wir
          antworten Ihnen so schnell wie möglich, spätestens innerhalb von sechs Wochen.
        </p>
        <ContactCard headingLevel={3} />
      </Section>

      <Section id="schlichtung" title="Schlichtungsverfahren">
        <p>
          Wenn Sie auf Ihre Meldung keine zufriedenstellende Antwort erhalten, können Sie sich an die Schlichtungsstelle nach
          § 16 Behindertengleichstellungsgesetz beim Beauftragten der Bundesregierung für die Belange von Menschen mit
          Behinderungen wenden (<a href="https://www.schlichtungsstelle-bgg.de">www.schlichtungsstelle-bgg.de</a>).
        </p>
      </Section>

      <p className="mt-10 text-sm text-muted">Diese Erklärung wurde am 25.11.2026 erstellt.</p>
    </>
  );
}
