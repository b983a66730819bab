import type { Metadata } from "next";
import { ContactCard } from "@/components/layout/contact-card";
import { PageHeader } from "@/components/ui/page-header";
import { BulletList, Section } from "@/components/ui/section";

export const metadata: Metadata = {
  title: "Datenschutz",
  description:
    "Welche Daten das Portal Kurz-Check Integration speichert, wozu, wie lange, welche Rechte Sie haben – ohne Tracking und ohne Anfragen an fremde Server.",
};

export default function PrivacyPage() {
  return (
    <>
      <PageHeader
        title="Datenschutz"
        lead="Wir speichern nur, was das Portal für seine Aufgabe braucht. Es gibt kein Tracking, keine Werbung und keine Inhalte von fremden Servern."
      />

      <Section id="verantwortlich" title="Verantwortlich">
        <ContactCard headingLevel={3} />
      </Section>

      <Section id="ohne-anmeldung" title="Wenn Sie das Portal ohne Anmeldung nutzen">
        <p>
          Die Seiten werden ausschließlich von unserem eigenen Server ausgeliefert, auch Schriften und Programmcode. Der Server
          verarbeitet dabei technisch notwendige Angaben wie Ihre IP-Adresse, um die Seite zu übertragen; wir werten sie nicht
          für Statistiken aus.
        </p>
        <p>
          Ihre Antworten im Kurz-Check zum Ausprobieren werden nur im Speicher Ihres Browsers (localStorage) abgelegt und nicht
          an uns übertragen. Mit „Zurücksetzen“ oder durch Löschen der Websitedaten in Ihrem Browser entfernen Sie sie.
        </p>
      </Section>

      <Section id="mit-konto" title="Wenn Ihre Kommune ein Konto hat">
        <p>Für die Arbeit im Portal speichern wir:</p>
        <BulletList
          items={[
            "Ihr Konto: Name, E-Mail-Adresse, Rolle und Ihr Passwort – dieses nur als sicherer Hash (argon2id), nie im Klartext.",
            "Die Angaben zu Ihrer Kommune: Name, Art, Regierungsbezirk und auf Wunsch den Amtlichen Gemeindeschlüssel.",
            "Die Kurz-Checks Ihrer Kommune mit Einschätzungen und Anmerkungen sowie die Rückmeldungen der Berater*innen.",
            "Ein Protokoll wichtiger Vorgänge (etwa Anmeldung, Einreichen, Freigeben), damit nachvollziehbar bleibt, wer was wann getan hat.",
            "Zähler für fehlgeschlagene Anmeldeversuche, um Konten vor dem Erraten von Passwörtern zu schützen.",
          ]}
        />
        <p>
          Nach der Anmeldung setzt das Portal ein Sitzungs-Cookie, das für die Anmeldung technisch notwendig ist. Weitere
          Cookies gibt es nicht.
        </p>
        <p>
          Zweck ist die Selbsteinschätzung und Beratung Ihrer Kommune in der Integrationsarbeit. Die Einschätzungen gehören
          Ihrer Kommune: Andere Kommunen sehen sie nicht. Landesweite Auswertungen zeigen nur Gruppen von mindestens fünf
          Kommunen, sodass keine einzelne Kommune erkennbar ist.
        </p>
      </Section>

      <Section id="dauer" title="Wie lange wir speichern">
        <BulletList
          items={[
            "Kontodaten, bis Sie Ihr Konto löschen. Die Kurz-Checks gehören Ihrer Kommune und bleiben bei ihr, auch wenn einzelne Konten gelöscht werden.",
            "Links zum Zurücksetzen des Passworts gelten eine Stunde, Einladungen sieben Tage; danach sind sie wertlos.",
            "Zähler für Anmeldeversuche verfallen nach 15 Minuten.",
          ]}
        />
      </Section>

      <Section id="rechte" title="Ihre Rechte">
        <p>
          Sie haben das Recht auf Auskunft, Berichtigung, Löschung, Einschränkung der Verarbeitung, Datenübertragbarkeit und
          Widerspruch. Angemeldete Nutzer*innen können ihre Daten selbst als Datei herunterladen und ihr Konto selbst löschen.
          Sie können sich außerdem bei einer Datenschutzaufsichtsbehörde beschweren, in Bayern beim Bayerischen Landesamt für
          Datenschutzaufsicht.
        </p>
      </Section>
    </>
  );
}
