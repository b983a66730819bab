import type { Metadata } from "next";
import { SampleNotice } from "@/components/layout/sample-notice";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { BulletList, Section } from "@/components/ui/section";
import { cityLine, OPERATOR as o } from "@/lib/operator";
import { EmailLink } from "@/components/layout/email-link";

export const metadata: Metadata = {
  title: "Erklärung zur Barrierefreiheit",
  description:
    "Wie weit das Portal Kurz-Check Integration barrierefrei ist, wie wir das prüfen, welche Einschränkungen es gibt und wie Sie uns Barrieren melden.",
};

export default function AccessibilityPage() {
  const a = o.accessibility;
  return (
    <>
      <PageHeader
        title="Erklärung zur Barrierefreiheit"
        lead="Das Portal soll für alle nutzbar sein: mit Tastatur, Screenreader, Vergrößerung oder in Leichter Sprache. Hier steht, wie weit das heute gelingt."
      />
      <SampleNotice />

      <Section id="geltung" title="Für welche Angebote diese Erklärung gilt">
        <p>
          Die Erklärung gilt für das Portal Kurz-Check Integration von {o.project.name} ({o.organisation.name}): für die öffentlichen Seiten und für die
          Bereiche, in denen Kommunen und Berater*innen nach der Anmeldung arbeiten, und für die Seiten, die Eingeladene, Teilnehmende von Workshops und
          Befragte ohne Konto sehen.
        </p>
        <p>{a.law}</p>
      </Section>

      <Section id="stand" title="Stand der Vereinbarkeit mit den Anforderungen">
        <p>
          Maßstab sind die Barrierefreie-Informationstechnik-Verordnung (BITV 2.0) und die Web Content Accessibility Guidelines (WCAG 2.1, Stufe AA). Das Portal
          ist mit diesen Anforderungen <strong>teilweise vereinbar</strong>. Die Ausnahmen stehen unten unter „Bekannte Einschränkungen“.
        </p>
      </Section>

      <Section id="pruefung" title="Wie wir das geprüft haben">
        <p>Die Bewertung beruht auf einer Selbstbewertung. Eine Prüfung durch eine unabhängige Stelle steht noch aus.</p>
        <BulletList
          items={[
            "Automatische Prüfung: In den Browsertests prüft das Werkzeug axe jede öffentliche Seite und die wichtigen Seiten der angemeldeten Bereiche auf Verstöße gegen WCAG 2.1 A und AA. Jede Änderung am Portal durchläuft diese Tests.",
            "Tastaturtests: Wichtige Abläufe, etwa der Kurz-Check zum Ausprobieren, das Ausfüllen und Einreichen eines Checks und der Sprunglink zum Inhalt, werden automatisch allein mit der Tastatur durchgespielt.",
            "Farben haben ausreichenden Kontrast; der Tastaturfokus ist überall deutlich sichtbar.",
            "Jedes Diagramm hat eine Tabelle mit denselben Werten.",
          ]}
        />
      </Section>

      <Section id="einschraenkungen" title="Bekannte Einschränkungen">
        <BulletList
          items={[
            <>
              <strong>Diagramme</strong> sind Bilder. Grund: Ein Diagramm lässt sich für Screenreader nicht so gliedern wie Text. Ausgleich: Screenreader lesen
              eine kurze Beschreibung, und die Werte stehen in einer Tabelle direkt daneben.
            </>,
            <>
              <strong>PDF des Berichts für den Rat:</strong> Ihn erzeugt die Druckfunktion Ihres Browsers; solche PDF-Dateien haben meist keine Struktur für
              Screenreader. Grund: Ein barrierefreies PDF müsste das Portal selbst erzeugen, das kann es noch nicht. Ausgleich: Derselbe Inhalt steht
              barrierefrei als Webseite im Portal.
            </>,
            <>
              <strong>Leichte Sprache:</strong> Die Seite in <Link href="/leichte-sprache">Leichter Sprache</Link> erklärt das Portal und die 13 Fragen; Gäste
              können Workshops und Befragungen in Leichter Sprache beantworten. Der Kurz-Check der angemeldeten Kommunen, die Ergebnisse und die Erfolgsfaktoren
              stehen nur in Alltagssprache. Grund: Diese Seiten richten sich an Fachleute der Verwaltung; eine Fassung in Leichter Sprache ist noch nicht
              geschrieben und geprüft.
            </>,
            <>
              <strong>Deutsche Gebärdensprache:</strong> Erklärungen in Gebärdensprache gibt es noch nicht. Grund: Die Videos sind noch nicht produziert. Bis
              dahin beantworten wir Fragen gern schriftlich.
            </>,
            <>
              <strong>Übersetzungen:</strong> Die Gastseiten in anderen Sprachen als Deutsch sind Entwürfe, die Muttersprachler*innen noch nicht alle geprüft
              haben.
            </>,
          ]}
        />
      </Section>

      <Section id="erstellung" title="Erstellung dieser Erklärung">
        <p>Diese Erklärung wurde am {a.statementDate} erstellt. Grundlage ist die oben beschriebene Selbstbewertung mit Stand vom selben Tag.</p>
      </Section>

      <Section id="rueckmeldung" title="Barrieren melden">
        <p>
          Ist Ihnen eine Barriere aufgefallen, oder brauchen Sie einen Inhalt in anderer Form? Schreiben Sie uns an <EmailLink email={a.feedbackEmail} /> oder
          rufen Sie uns an unter <a href={o.phone.href}>{o.phone.label}</a>. Beschreiben Sie bitte, auf welcher Seite und wobei das Problem auftritt. Wir
          antworten Ihnen innerhalb eines Monats.{a.responseNote ? ` ${a.responseNote}` : null}
        </p>
        <p>
          Postanschrift: {o.organisation.fullName}, {o.address.street}, {cityLine(o.address)}
        </p>
      </Section>

      <Section id="schlichtung" title="Schlichtung und Durchsetzung">
        <p>
          Haben Sie auf Ihre Meldung keine oder keine zufriedenstellende Antwort erhalten, können Sie einen Antrag auf Schlichtung stellen. Zuständig ist die{" "}
          {a.conciliation.name} {a.conciliation.host}. Die Schlichtungsstelle vermittelt zwischen Menschen mit Behinderungen und der Stelle, die das Angebot
          betreibt, und hilft, einen Streit ohne Gericht beizulegen. Das Verfahren ist für Antragstellende kostenlos; ein Rechtsbeistand ist nicht nötig.
        </p>
        <p>
          {a.conciliation.name}
          <br />
          {a.conciliation.address.street}, {cityLine(a.conciliation.address)}
          <br />
          <a href={a.conciliation.website.href} rel="noopener noreferrer">
            {a.conciliation.website.label}
          </a>
        </p>
      </Section>
    </>
  );
}
