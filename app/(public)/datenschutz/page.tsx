import type { Metadata } from "next";
import { SampleNotice } from "@/components/layout/sample-notice";
import Link from "next/link";
import { ContactCard } from "@/components/layout/contact-card";
import { PageHeader } from "@/components/ui/page-header";
import { BulletList, Section } from "@/components/ui/section";
import { cityLine, OPERATOR as o } from "@/lib/operator";
import { EmailLink } from "@/components/layout/email-link";
import { RETENTION as r } from "@/lib/retention";

export const metadata: Metadata = {
  title: "Datenschutz",
  description:
    "Welche Daten das Portal Kurz-Check Integration verarbeitet, auf welcher Rechtsgrundlage, wie lange und welche Rechte Sie haben – ohne Tracking und ohne Anfragen an fremde Server.",
};

/** What, why, legal basis and retention of one processing, as a description list. */
function Processing({
  what,
  purpose,
  basis,
  duration,
}: {
  what: React.ReactNode;
  purpose: React.ReactNode;
  basis: React.ReactNode;
  duration: React.ReactNode;
}) {
  const rows = [
    ["Welche Daten", what],
    ["Wozu", purpose],
    ["Rechtsgrundlage", basis],
    ["Wie lange", duration],
  ] as const;
  return (
    <dl className="space-y-2">
      {rows.map(([label, value]) => (
        <div key={label}>
          <dt className="font-semibold">{label}</dt>
          <dd className="mt-1">{value}</dd>
        </div>
      ))}
    </dl>
  );
}

export default function PrivacyPage() {
  return (
    <>
      <PageHeader
        title="Datenschutz"
        lead="Das Portal verarbeitet nur die Daten, die es für seine Aufgabe braucht. Es gibt kein Tracking, keine Werbung und keine Anfragen an fremde Server."
      />
      <SampleNotice />

      <Section id="verantwortlich" title="Verantwortlich">
        <p>Verantwortlich im Sinne der Datenschutz-Grundverordnung (DSGVO) ist:</p>
        <ContactCard headingLevel={3} />
        <p>
          Datenschutzbeauftragte*r: {o.dataProtectionOfficer.contact}, E-Mail: <EmailLink email={o.dataProtectionOfficer.email} />
        </p>
      </Section>

      <Section id="rollen" title="Wer wofür verantwortlich ist: Betreiber und Kommune">
        <p>
          Für das Portal selbst ist {o.organisation.name} verantwortlich: für Konten und Anmeldung, die Sicherheit, die Rückmeldungen der Beratung und
          landesweite Auswertungen, die keine einzelne Kommune erkennen lassen.
        </p>
        <p>
          Was eine Kommune im Portal über andere Menschen erhebt – persönliche Einladungen zu Perspektiven, Workshops und Befragungen der Einwohner*innen –,
          verantwortet die Kommune selbst. {o.organisation.name} verarbeitet diese Daten nur in ihrem Auftrag und nach ihren Weisungen (Auftragsverarbeitung
          nach Art. 28 DSGVO). Eine gemeinsame Verantwortung (Art. 26 DSGVO) liegt nicht vor: Die Kommune entscheidet allein, wen sie einlädt oder befragt und
          was sie mit dem Ergebnis tut; das Portal stellt das Werkzeug. Den Vertrag dazu schließen Kommune und Betreiber, bevor die Kommune zum ersten Mal
          einlädt oder befragt; eine Vorlage steht unter <Link href="/vorlagen/auftragsverarbeitung">Vorlagen</Link>. Fragen zu diesen Daten richten Sie am
          besten an die Kommune, die Sie eingeladen oder befragt hat.
        </p>
      </Section>

      <Section id="kurz" title="Das Wichtigste in Kürze">
        <BulletList
          items={[
            <>
              <strong>Kein Tracking:</strong> Das Portal verfolgt nicht, wie Sie sich auf dieser oder anderen Websites bewegen. Es gibt keine Statistik- oder
              Werbedienste.
            </>,
            <>
              <strong>Keine fremden Server:</strong> Seiten, Programmcode und Bilder kommen von unserem eigenen Server. Schriften stammen von Ihrem Gerät oder
              von unserem Server, nie von einem Schriftendienst im Internet.
            </>,
            <>
              <strong>Nur notwendige Cookies:</strong> Ein Cookie ist eine kleine Textdatei, die Ihr Browser speichert und bei jedem Aufruf mitschickt. Das
              Portal setzt Cookies nur für die Anmeldung.
            </>,
            <>
              <strong>Die Daten gehören Ihrer Kommune:</strong> Andere Kommunen sehen Ihre Einschätzungen nicht. Landesweite Auswertungen zeigen nur Gruppen von
              mindestens fünf Kommunen.
            </>,
          ]}
        />
      </Section>

      <Section id="ohne-anmeldung" title="Wenn Sie das Portal ohne Anmeldung nutzen">
        <Section id="server" title="Aufruf der Seiten" headingLevel={3}>
          <Processing
            what="Die Netzwerkadresse Ihres Geräts (IP-Adresse), Zeitpunkt, aufgerufene Seite und die Kennung Ihres Browsers. Ohne diese Angaben kann der Server keine Seite ausliefern."
            purpose="Die Seiten ausliefern, Störungen erkennen und Angriffe abwehren. Die Anwendung selbst schreibt kein Zugriffsprotokoll. Ihre Fehlermeldungen können in Einzelfällen eine E-Mail-Adresse enthalten, etwa wenn eine E-Mail nicht zugestellt werden konnte."
            basis="Art. 6 Abs. 1 lit. f DSGVO: unser berechtigtes Interesse an einem sicheren und stabilen Betrieb."
            duration={
              o.retention.serverLogs ??
              "Ob der vorgeschaltete Webserver Zugriffe protokolliert und wie lange, legt der Betreiber fest. Eine Auswertung für Statistiken findet nicht statt."
            }
          />
        </Section>

        <Section id="ausprobieren" title="Kurz-Check zum Ausprobieren" headingLevel={3}>
          <p>
            Ihre Antworten werden „im Browser gespeichert (localStorage)“. Das bedeutet: Jeder Browser hat für jede Website einen kleinen eigenen Speicher auf
            Ihrem Gerät. Dort legt die Seite Ihre Antworten ab. Sie bleiben auf Ihrem Gerät, auch wenn Sie den Browser schließen. Unser Server erhält sie nicht,
            und andere Websites können sie nicht lesen.
          </p>
          <Processing
            what="Ihre 13 Einschätzungen von 0 % bis 100 % und, wenn Sie sie auswählen, die Art Ihrer Kommune (etwa Gemeinde oder Landkreis) – nur auf Ihrem Gerät."
            purpose="Damit Ihre Antworten beim nächsten Besuch noch da sind. Wenn Sie Ihre Kommune registrieren, bietet das Formular an, diese Antworten als ersten Entwurf zu übernehmen. Erst dann werden sie an uns übertragen; danach löscht das Portal die Kopie im Browser."
            basis="§ 25 Abs. 2 Nr. 2 Telekommunikation-Digitale-Dienste-Datenschutz-Gesetz (TDDDG): Die Speicherung ist für den Dienst nötig, den Sie ausdrücklich nutzen. Bei der Übernahme in ein Konto: Art. 6 Abs. 1 lit. b DSGVO."
            duration="Die Antworten: bis Sie „Zurücksetzen“ wählen, die Websitedaten in Ihrem Browser löschen oder die Antworten bei der Registrierung übernehmen. Die gewählte Art der Kommune: bis Sie die Auswahl ändern oder die Websitedaten löschen."
          />
        </Section>

        <Section id="kontakt" title="Wenn Sie uns schreiben" headingLevel={3}>
          <Processing
            what={
              <>
                Ihre E-Mail-Adresse, Ihr Name, soweit Sie ihn angeben, und Ihre Nachricht an <EmailLink email={o.email} />.
              </>
            }
            purpose="Ihre Anfrage beantworten."
            basis="Art. 6 Abs. 1 lit. f DSGVO: unser berechtigtes Interesse, Anfragen zu beantworten; geht es um eine Zusammenarbeit, Art. 6 Abs. 1 lit. b DSGVO."
            duration="Bis Ihr Anliegen erledigt ist, es sei denn, gesetzliche Aufbewahrungspflichten verlangen mehr."
          />
        </Section>
      </Section>

      <Section id="mit-konto" title="Wenn Ihre Kommune ein Konto hat">
        <p>
          Zweck aller folgenden Verarbeitungen ist die Selbsteinschätzung Ihrer Kommune und ihre Begleitung durch die Berater*innen von {o.project.shortName}.
          Die Einschätzungen gehören Ihrer Kommune.
        </p>

        <Section id="konto" title="Konto und Kommune" headingLevel={3}>
          <Processing
            what={
              <>
                Name, E-Mail-Adresse, Rolle, Zeitpunkt der letzten Anmeldung und Ihr Passwort. Das Passwort speichern wir nur als Hash (argon2id): eine Art
                Fingerabdruck, aus dem sich das Passwort nicht zurückrechnen lässt. Wer einen zweiten Faktor einrichtet, hinterlegt zusätzlich den geheimen
                Schlüssel für die App, den wir verschlüsselt speichern; die Wiederherstellungscodes speichern wir ebenfalls nur als Hash. Zur Kommune: Name,
                Art, Regierungsbezirk und auf Wunsch der Amtliche Gemeindeschlüssel.
              </>
            }
            purpose="Anmeldung, Zusammenarbeit im Team der Kommune und Bestätigung der Registrierung durch die Berater*innen."
            basis="Art. 6 Abs. 1 lit. b DSGVO: Nutzung des Portals nach Ihrer Registrierung oder Einladung."
            duration={`Bis Sie Ihr Konto löschen; das können Sie unter „Ihr Konto“ selbst tun. Wird eine Registrierung nicht innerhalb von ${r.unconfirmedRegistrationDays} Tagen bestätigt, löscht das Portal das Konto – und die Kommune, wenn sonst niemand zu ihr gehört und sie nicht bestätigt ist. Die Angaben zur Kommune bleiben gespeichert, solange die Kommune das Portal nutzt.`}
          />
        </Section>

        <Section id="checks" title="Kurz-Checks, Anmerkungen und Rückmeldungen" headingLevel={3}>
          <Processing
            what="Die Einschätzungen und Anmerkungen Ihrer Kommune, wer sie zuletzt geändert hat, und die Kommentare der Berater*innen. Bitte schreiben Sie in Anmerkungen keine Angaben zu einzelnen Bürger*innen."
            purpose="Den Kurz-Check ausfüllen, einreichen, besprechen und über die Jahre vergleichen."
            basis="Art. 6 Abs. 1 lit. b DSGVO."
            duration="Solange die Kommune das Portal nutzt. Wird ein Konto gelöscht, bleiben die Checks bei der Kommune; der Verweis auf die Person wird entfernt. Will Ihre Kommune das Portal nicht mehr nutzen, teilen Sie uns das per E-Mail mit; dann löschen wir ihre Daten."
          />
        </Section>

        <Section id="sitzung" title="Anmeldung, Sitzung und Cookies" headingLevel={3}>
          <Processing
            what="Ein Sitzungs-Cookie mit einer Kennung Ihrer Sitzung. In der Datenbank steht dazu ein Eintrag mit Beginn, Ablauf, gegebenenfalls dem Zeitpunkt der Abmeldung und der Kommune, in der Sie gerade arbeiten – ohne Netzwerkadresse. Bei Konten mit zweitem Faktor kommt für den zweiten Anmeldeschritt ein weiteres Cookie hinzu, das 5 Minuten gilt."
            purpose="Sie angemeldet halten und Sitzungen sicher beenden können, auch auf anderen Geräten."
            basis="§ 25 Abs. 2 Nr. 2 TDDDG (technisch notwendig) und Art. 6 Abs. 1 lit. b DSGVO."
            duration={`Eine Sitzung endet nach 30 Minuten ohne Aktivität, spätestens 12 Stunden nach der Anmeldung. Sitzungseinträge löscht das Portal ${r.expiredLinkDays} Tage nach ihrem Ende, alle übrigen mit Ihrem Konto.`}
          />
        </Section>

        <Section id="zaehler" title="Schutz vor dem Erraten von Passwörtern" headingLevel={3}>
          <Processing
            what={
              <BulletList
                items={[
                  "Fehlgeschlagene Anmeldungen: je ein Zähler für die eingegebene E-Mail-Adresse und für die Netzwerkadresse (IP-Adresse); Zeitfenster 15 Minuten.",
                  "Anfragen zum Zurücksetzen des Passworts: je ein Zähler für die Netzwerkadresse und für das Konto; Zeitfenster 60 Minuten.",
                  "Falsche Eingaben des aktuellen Passworts unter „Ihr Konto“ und falsche Sicherheitscodes des zweiten Faktors: je ein Zähler für das Konto; Zeitfenster 15 Minuten.",
                ]}
              />
            }
            purpose="Konten vor Angriffen schützen, bei denen Passwörter oder Codes massenhaft ausprobiert werden."
            basis="Art. 6 Abs. 1 lit. f DSGVO: unser berechtigtes Interesse und das Ihre an sicheren Konten."
            duration={`Nach Ablauf des Zeitfensters beginnt der Zähler neu. Eine erfolgreiche Anmeldung löscht den Zähler Ihres Kontos. Abgelaufene Zähler löscht das Portal täglich, spätestens ${r.rateLimitHours} Stunden nach Beginn ihres Zeitfensters.`}
          />
        </Section>

        <Section id="links" title="Links per E-Mail und Einladungen" headingLevel={3}>
          <Processing
            what="Für Bestätigungs- und Rücksetzlinks nur ein Hash des Links, dazu das Konto und bei einer Bestätigung die zu bestätigende E-Mail-Adresse. Für Einladungen die E-Mail-Adresse der eingeladenen Person, die vorgesehene Rolle und wer eingeladen hat."
            purpose="E-Mail-Adressen bestätigen, vergessene Passwörter ersetzen, Kolleg*innen ins Team holen."
            basis="Art. 6 Abs. 1 lit. b DSGVO; bei Einladungen ins Team der Kommune zusätzlich Art. 6 Abs. 1 lit. e DSGVO mit Art. 4 Abs. 1 BayDSG, weil die Kommune damit die Erfüllung ihrer Aufgaben organisiert."
            duration={`Ein Link zum Bestätigen der E-Mail-Adresse gilt 7 Tage, ein Link zum Zurücksetzen des Passworts 1 Stunde, eine Einladung 7 Tage; danach sind sie wertlos. Die Einträge löscht das Portal ${r.expiredLinkDays} Tage, nachdem sie verwendet wurden oder abgelaufen sind. Eine Einladung wird sofort gelöscht, wenn Verantwortliche der Kommune sie zurückziehen.`}
          />
        </Section>

        <Section id="protokoll" title="Protokoll wichtiger Vorgänge" headingLevel={3}>
          <Processing
            what="Wer wann was getan hat: Anmeldungen (mit Netzwerkadresse) und fehlgeschlagene Anmeldeversuche (mit eingegebener E-Mail-Adresse und Netzwerkadresse), falsche Sicherheitscodes und verwendete Wiederherstellungscodes (mit Netzwerkadresse), Änderungen der E-Mail-Adresse (alte und neue Adresse), Einreichen, Prüfen, Freigeben und Zurückgeben von Checks, Änderungen an Team und Rollen."
            purpose="Nachvollziehen können, wer einen Check oder ein Konto verändert hat, und Missbrauch erkennen."
            basis="Art. 6 Abs. 1 lit. f DSGVO: das berechtigte Interesse des Betreibers an nachvollziehbaren Abläufen und sicheren Konten."
            duration={
              <>
                Nach {r.auditPseudonymiseYears} Jahren entfernt das Portal aus jedem Eintrag alles, was auf eine Person verweist: wer gehandelt hat,
                E-Mail-Adressen, Netzwerkadressen und Namen. Übrig bleibt, was wann geschah. Wird ein Konto früher gelöscht, entfernt das Portal sofort den
                Verweis auf die Person.{o.retention.auditLog ? ` ${o.retention.auditLog}` : ""}
              </>
            }
          />
        </Section>

        <Section id="perspektiven" title="Perspektiven und Workshops" headingLevel={3}>
          <Processing
            what={
              <BulletList
                items={[
                  "Persönliche Einladung: Name oder Rolle und E-Mail-Adresse der eingeladenen Person, ihre Perspektive (etwa „Gemeinderat, Stadtrat oder Kreistag“), ein Hash ihres Links und ihre Antworten mit Anmerkungen. Name oder Rolle und E-Mail-Adresse stammen nicht von der eingeladenen Person selbst: Die Kommune gibt sie ein, um einzuladen (Art. 14 DSGVO); die Einladung sagt das.",
                  "Workshop: nur die Perspektive und die Antworten, ohne Namen, ohne E-Mail-Adresse, ohne Netzwerkadresse. Damit niemand doppelt abstimmt, merkt sich Ihr Browser 2 Tage lang in einem Cookie, dass er schon geantwortet hat.",
                ]}
              />
            }
            purpose="Mehrere Sichtweisen auf die Integrationsarbeit der Kommune einholen und gemeinsam besprechen. Das Team sieht Werte einer Perspektive erst ab drei Antworten, damit niemand erkennbar ist."
            basis="Verantwortlich ist die Kommune (siehe oben): Art. 6 Abs. 1 lit. e DSGVO mit Art. 4 Abs. 1 BayDSG – sie bewertet ihre Integrationsarbeit mit Beteiligten als Teil ihrer Aufgaben; der Betreiber verarbeitet die Daten in ihrem Auftrag. Für das Cookie § 25 Abs. 2 Nr. 2 TDDDG."
            duration="Solange der Kurz-Check der Kommune gespeichert ist. Eine Einladung können Verantwortliche der Kommune jederzeit zurückziehen; danach gilt der Link nicht mehr."
          />
        </Section>

        <Section id="befragungen" title="Befragungen der Einwohner*innen" headingLevel={3}>
          <Processing
            what={
              <BulletList
                items={[
                  "Je Antwort: die Sprache, der Tag (nicht die Uhrzeit) und die gewählten Antworten. Kein Name, keine E-Mail-Adresse, keine IP-Adresse, keine Kennung des Browsers.",
                  "Freiwillige Angaben zur Person – Altersgruppe, Wohndauer und ob die Person oder ihre Eltern zugewandert sind – in einer eigenen Tabelle, nur zusammengefasst ausgewertet. Gruppen nach Zuwanderungsgeschichte zeigt das Portal erst, wenn jede mindestens zehn Antworten hat.",
                  "Damit niemand mehrfach antwortet, merkt sich Ihr Browser in einem Cookie, dass er geantwortet hat. Gegen massenhaftes Absenden zählt das Portal Antworten je Netzwerkadresse (bei IPv6 je Anschluss) unter einem Kürzel, das es mit einem geheimen Schlüssel aus der Adresse bildet; die Adresse selbst speichert es nicht.",
                  "Bis Sie absenden, hält Ihr Browser Ihre Antworten auf Ihrem Gerät fest, damit nichts verloren geht; nach dem Absenden – oder wenn Sie die Seite einer beendeten Befragung öffnen – löscht die Seite sie dort.",
                ]}
              />
            }
            purpose="Erfahren, wie die Menschen vor Ort Willkommen, Angebote, Mitsprache und Schutz vor Benachteiligung erleben, und dies neben die Selbsteinschätzung der Kommune stellen."
            basis="Verantwortlich ist die Kommune, die befragt: Art. 6 Abs. 1 lit. e DSGVO mit Art. 4 Abs. 1 BayDSG; für die freiwillige Angabe zur Zuwanderungsgeschichte, die Rückschlüsse auf die Herkunft zulassen kann, Ihre ausdrückliche Einwilligung mit dem Absenden (Art. 9 Abs. 2 lit. a DSGVO). Der Betreiber verarbeitet die Daten in ihrem Auftrag. Für das Cookie § 25 Abs. 2 Nr. 2 TDDDG."
            duration="Die Antworten, solange die Kommune das Portal nutzt; sie sind keiner Person zuzuordnen. Das Cookie 400 Tage; die Zähler je Netzwerkadresse löscht das Portal nach spätestens einem Tag."
          />
        </Section>

        <Section id="massnahmen" title="Maßnahmenplan und Erinnerungen" headingLevel={3}>
          <Processing
            what="Die Maßnahmen der Kommune mit verantwortlicher Person oder Stelle, Fälligkeit, Zielwert, Status und Einträgen zum Fortschritt; Kommentare der Berater*innen. Erinnerungs-E-Mails an die Verantwortlichen, sofern sie diese unter „Ihr Konto“ nicht abbestellt haben."
            purpose="Aus dem Ergebnis des Kurz-Checks einen Plan machen und ihn nachhalten."
            basis="Art. 6 Abs. 1 lit. b DSGVO."
            duration="Solange die Kommune das Portal nutzt. Wird ein Konto gelöscht, bleibt die Maßnahme bei der Kommune; der Verweis auf die Person wird entfernt."
          />
        </Section>

        <Section id="e-mail" title="E-Mails des Portals" headingLevel={3}>
          <Processing
            what="Empfängeradresse und Inhalt der E-Mail: Bestätigung der Adresse, Passwort zurücksetzen, Einladungen, Hinweise zu Registrierung und Rückmeldung."
            purpose="Sie über Vorgänge informieren, die Ihr Konto oder den Check Ihrer Kommune betreffen."
            basis="Art. 6 Abs. 1 lit. b DSGVO."
            duration="Das Portal übergibt die E-Mail an den Mailserver, den der Betreiber eingerichtet hat (Versand über SMTP, das übliche Verfahren zum Versenden von E-Mails), und speichert sie nicht selbst. Wie lange der Mailserver Versandprotokolle aufbewahrt, richtet sich nach dessen Einstellungen."
          />
        </Section>
      </Section>

      <Section id="empfaenger" title="Wer Ihre Daten sieht">
        <BulletList
          items={[
            "Die Mitglieder Ihrer Kommune im Portal sehen die Checks Ihrer Kommune.",
            `Die Berater*innen von ${o.project.shortName} können eingereichte Checks lesen und kommentieren, Maßnahmenpläne lesen, Registrierungen bestätigen und die zusammengefassten Ergebnisse von Befragungen sehen. Von einem Entwurf sehen sie nur, wie weit er ausgefüllt ist.`,
            "Administrator*innen verwalten die Konten der Berater*innen.",
            "Andere Kommunen sehen Ihre Daten nicht. Darüber hinaus geben wir keine Daten an Dritte weiter. Eine Übermittlung in Länder außerhalb der EU ist nicht vorgesehen.",
            ...(o.processors.length > 0
              ? [`Dienstleister, die in unserem Auftrag und nach unseren Weisungen arbeiten (Art. 28 DSGVO): ${o.processors.join("; ")}.`]
              : []),
          ]}
        />
      </Section>

      <Section id="dauer" title="Speicherdauer im Überblick">
        <BulletList
          items={[
            "Antworten im Kurz-Check zum Ausprobieren: nur in Ihrem Browser, bis Sie sie löschen.",
            `Konto: bis Sie es löschen; eine nicht bestätigte Registrierung ${r.unconfirmedRegistrationDays} Tage. Checks, Perspektiven, Maßnahmen und Angaben zur Kommune: solange die Kommune das Portal nutzt.`,
            "Sitzung: 30 Minuten ohne Aktivität, höchstens 12 Stunden.",
            `Zähler für Anmeldeversuche: 15 Minuten; für das Zurücksetzen des Passworts: 60 Minuten; gelöscht nach ${r.rateLimitHours} Stunden.`,
            `Links: Bestätigung 7 Tage, Passwort zurücksetzen 1 Stunde, Einladung 7 Tage; gelöscht ${r.expiredLinkDays} Tage danach.`,
            "Workshop-Cookie: 2 Tage; Befragungs-Cookie: 400 Tage.",
            `Protokoll wichtiger Vorgänge: nach ${r.auditPseudonymiseYears} Jahren ohne jeden Bezug zu einer Person.`,
          ]}
        />
      </Section>

      <Section id="pflicht" title="Was Sie angeben müssen, und was das Portal nicht tut">
        <p>
          Für ein Konto sind Name, E-Mail-Adresse und Passwort nötig; ohne sie kann das Portal kein Konto anlegen. Alles andere ist freiwillig: Wer eine
          Einladung, einen Workshop oder eine Befragung nicht beantwortet oder Angaben zur Person auslässt, hat dadurch keinen Nachteil (Art. 13 Abs. 2 lit. e
          DSGVO).
        </p>
        <p>
          Das Portal trifft keine automatisierten Entscheidungen im Sinne von Art. 22 DSGVO und bildet keine Profile (Art. 13 Abs. 2 lit. f DSGVO). Index,
          Bewertungsstufen und nächste Schritte sind Hinweise für Ihre eigene Entscheidung.
        </p>
      </Section>

      <Section id="rechte" title="Ihre Rechte">
        <p>
          Sie haben das Recht auf Auskunft (Art. 15 DSGVO), Berichtigung (Art. 16), Löschung (Art. 17), Einschränkung der Verarbeitung (Art. 18) und
          Datenübertragbarkeit (Art. 20). Verarbeitungen auf Grundlage von Art. 6 Abs. 1 lit. e oder f DSGVO können Sie aus Gründen widersprechen, die sich aus
          Ihrer besonderen Situation ergeben (Art. 21); eine Einwilligung können Sie jederzeit für die Zukunft widerrufen (Art. 7 Abs. 3). Bei einer anonymen
          Befragung lässt sich eine Antwort nach dem Absenden allerdings keiner Person mehr zuordnen.
        </p>
        <p>
          Angemeldet können Sie unter <Link href="/konto">„Ihr Konto“</Link> Ihre Daten selbst als Datei herunterladen und Ihr Konto selbst löschen. Für alles
          Weitere schreiben Sie uns an <EmailLink email={o.dataProtectionOfficer.email} />.
        </p>
        <p>
          Sie können sich außerdem bei einer Datenschutzaufsichtsbehörde beschweren. Zuständig für {o.organisation.name} ist das {o.supervisoryAuthority.name},{" "}
          {o.supervisoryAuthority.address.street}, {cityLine(o.supervisoryAuthority.address)},{" "}
          <a href={o.supervisoryAuthority.website.href} rel="noopener noreferrer">
            {o.supervisoryAuthority.website.label}
          </a>
          .
        </p>
      </Section>
    </>
  );
}
