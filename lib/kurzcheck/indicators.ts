/**
 * Indicators that make "überprüfen" measurable: for every success factor two
 * or three figures a Bavarian Kommune can actually collect, each with the place
 * the data comes from. Personal characteristics such as an immigration history
 * are only ever asked voluntarily and anonymously, and small numbers are
 * reported in aggregate so that no one can be identified.
 */
import type { FactorSlug } from "./factors";

export interface Indicator {
  /** What is counted or measured. */
  name: string;
  /** Where the figure comes from, with data protection notes where needed. */
  source: string;
}

export const FACTOR_INDICATORS: Record<FactorSlug, readonly Indicator[]> = {
  chefsache: [
    {
      name: "Öffentliche Auftritte der Verwaltungsspitze mit Integrationsbezug je Jahr",
      source: "Terminkalender des Bürgermeister- bzw. Landratsbüros, Pressemitteilungen der Pressestelle",
    },
    {
      name: "Sitzungen der Amtsleitungsrunde mit Integration als eigenem Tagesordnungspunkt je Jahr",
      source: "Tagesordnungen und Niederschriften der Amtsleitungs- bzw. Abteilungsleitungsrunde",
    },
    {
      name: "Berichte zur Integration im Gemeinderat, Stadtrat oder Kreistag je Jahr",
      source: "Ratsinformationssystem, Sitzungsniederschriften",
    },
  ],
  "leitbild-und-integrationskonzept": [
    {
      name: "Anteil der Ziele des Integrationskonzepts, die erreicht oder im Zeitplan sind",
      source: "Umsetzungsübersicht der Stabsstelle Integration, jährlicher Integrationsbericht",
    },
    {
      name: "Beteiligte Organisationen bei Erarbeitung und Fortschreibung, darunter Migrant*innenorganisationen",
      source: "Teilnahmelisten und Protokolle der Beteiligungsveranstaltungen (nur Organisationen, keine Namen veröffentlichen)",
    },
    {
      name: "Jahre seit dem letzten Beschluss oder der letzten Fortschreibung von Leitbild und Konzept",
      source: "Ratsinformationssystem, Beschlussbuch",
    },
  ],
  integrationsbeauftragte: [
    {
      name: "Stellenumfang für Integrationsaufgaben in Vollzeitäquivalenten",
      source: "Stellenplan im Haushalt, Geschäftsverteilungsplan (Personalamt)",
    },
    {
      name: "Beratungs- und Vermittlungskontakte der*des Integrationsbeauftragten je Jahr",
      source: "Tätigkeitsstatistik der Stabsstelle, als Strichliste ohne personenbezogene Daten geführt",
    },
    {
      name: "Vorhaben der Ämter, an denen die*der Integrationsbeauftragte frühzeitig beteiligt wurde",
      source: "Mitzeichnungen und Stellungnahmen der Stabsstelle, Vorlagen im Ratsinformationssystem",
    },
  ],
  ressourcen: [
    {
      name: "Haushaltsmittel für Integration je Einwohner*in",
      source: "Haushaltsplan und Jahresrechnung (Kämmerei), Einwohnerzahl des Bayerischen Landesamts für Statistik",
    },
    {
      name: "Eingeworbene Fördermittel für Integrationsprojekte je Jahr",
      source: "Zuwendungsbescheide, Fördermittelübersicht der Kämmerei bzw. der Stabsstelle Integration",
    },
    {
      name: "Anteil unbefristeter Stellen in der Integrationsarbeit",
      source: "Stellenplan, Personalamt",
    },
  ],
  willkommenskultur: [
    {
      name: "Einbürgerungen je Jahr",
      source: "Einbürgerungsbehörde (Landratsamt oder kreisfreie Stadt), Bayerisches Landesamt für Statistik",
    },
    {
      name: "Teilnehmende an Einbürgerungsfeiern und Neubürger*innenempfängen im Verhältnis zu den Eingeladenen",
      source: "Einladungs- und Rückmeldelisten des Bürgermeister- bzw. Landratsbüros (nach der Veranstaltung löschen, nur Zahlen aufbewahren)",
    },
    {
      name: "Sprachen, in denen Willkommensinformationen vorliegen, gemessen an den häufigsten Staatsangehörigkeiten vor Ort",
      source: "Materialübersicht des Bürgerbüros bzw. der Öffentlichkeitsarbeit, Auswertung des Melderegisters nach Staatsangehörigkeit",
    },
  ],
  beteiligung: [
    {
      name: "Empfehlungen und Stellungnahmen des Integrationsbeirats je Jahr und Anteil, den der Rat behandelt hat",
      source: "Niederschriften des Beirats, Ratsinformationssystem",
    },
    {
      name: "Wahlbeteiligung bei der Wahl des Integrationsbeirats",
      source: "Wahlniederschrift des Wahlamts",
    },
    {
      name: "Aktive Ehrenamtliche in Integrationsprojekten, etwa Integrationslots*innen und Stadtteilmütter",
      source: "Meldungen der Träger, Ehrenamtskoordination bzw. Freiwilligenagentur (nur Anzahlen)",
    },
  ],
  netzwerk: [
    {
      name: "Treffen des Runden Tischs Integration je Jahr und Zahl der vertretenen Einrichtungen",
      source: "Einladungen und Teilnahmelisten der Stabsstelle Integration",
    },
    {
      name: "Aktualität der Angebotsübersicht: Datum der letzten Überarbeitung und Zahl der Einträge",
      source: "Online-Wegweiser bzw. Angebotsliste der Stabsstelle Integration",
    },
    {
      name: "Wartezeit bis zum Beginn eines Integrationskurses",
      source: "Auskunft der Kursträger vor Ort, Regionalkoordination des Bundesamts für Migration und Flüchtlinge (BAMF)",
    },
  ],
  "interkulturelle-oeffnung": [
    {
      name: "Anteil der meistgenutzten Formulare mit Ausfüllhilfe in einfacher Sprache oder Übersetzung",
      source: "Formularverzeichnis des Bürgerbüros bzw. der Organisationsabteilung",
    },
    {
      name: "Dolmetscheinsätze je Jahr, nach Ämtern",
      source: "Abrechnungen des Dolmetscherpools bzw. des Videodolmetschdienstes",
    },
    {
      name: "Anteil der Kinder in Kindertageseinrichtungen, deren Eltern beide nichtdeutschsprachiger Herkunft sind (so erfasst KiBiG.web)",
      source: "Förderdaten nach dem Bayerischen Kinderbildungs- und -betreuungsgesetz (KiBiG.web), nur zusammengefasst ausgewertet",
    },
  ],
  einstellung: [
    {
      name: "Anteil der Auszubildenden mit Einwanderungsgeschichte in der Verwaltung",
      source: "freiwillige, anonyme Angabe bei Einstellung (Personalamt)",
    },
    {
      name: "Anteil der Beschäftigten mit Einwanderungsgeschichte, insgesamt und in Führungsfunktionen",
      source:
        "freiwillige, anonyme Beschäftigtenbefragung, abgestimmt mit Personalrat und Datenschutzbeauftragter*m; Ergebnisse nur ab einer Mindestzahl an Antworten je Gruppe",
    },
    {
      name: "Begleitete Anerkennungsverfahren ausländischer Berufsabschlüsse bei Bewerber*innen und Beschäftigten",
      source: "Personalamt, Anerkennungsberatung im Förderprogramm „Integration durch Qualifizierung (IQ)“",
    },
  ],
  fortbildungen: [
    {
      name: "Anteil der Führungskräfte mit einer Fortbildung in interkultureller Kompetenz in den letzten drei Jahren",
      source: "Fortbildungsstatistik des Personalamts",
    },
    {
      name: "Fortbildungstage zu interkultureller Kompetenz, Antidiskriminierung und einfacher Sprache je Jahr",
      source: "Fortbildungsprogramm und Teilnahmelisten, z. B. eigener Kurse oder der Bayerischen Verwaltungsschule (BVS)",
    },
    {
      name: "Bewertung des Praxisnutzens durch die Teilnehmenden",
      source: "anonyme Rückmeldebögen nach jeder Fortbildung",
    },
  ],
  "gegen-rassismus": [
    {
      name: "Bekannt gewordene rassistische und antisemitische Vorfälle in der Kommune je Jahr",
      source: "Auskunft der örtlichen Polizeiinspektion, Berichte von Fachstellen wie RIAS Bayern oder B.U.D. Bayern",
    },
    {
      name: "Öffentliche Aktionen und Stellungnahmen der Kommune gegen Rassismus je Jahr, etwa zu den Internationalen Wochen gegen Rassismus",
      source: "Pressestelle, Veranstaltungskalender",
    },
    {
      name: "Anteil der Befragten, die in kommunalen Einrichtungen Diskriminierung erlebt haben",
      source: "anonyme, mehrsprachige Bürger*innenbefragung",
    },
  ],
  "agg-beschwerdestelle": [
    {
      name: "Beschwerden bei der AGG-Beschwerdestelle je Jahr und durchschnittliche Bearbeitungsdauer",
      source: "anonymisierte Jahresstatistik der Beschwerdestelle; kleine Fallzahlen zusammengefasst, damit niemand erkennbar ist",
    },
    {
      name: "Beratungsfälle der Antidiskriminierungsberatung",
      source: "Jahresbericht der Beratungsstelle",
    },
    {
      name: "Anteil der Beschäftigten, die die Beschwerdestelle kennen",
      source: "anonyme Beschäftigtenbefragung",
    },
  ],
  zielvereinbarungen: [
    {
      name: "Anteil der Ämter mit mindestens einem Integrationsziel in ihrer Zielvereinbarung",
      source: "Zielvereinbarungen der Amtsleitungen (Hauptamt bzw. zentrale Steuerung)",
    },
    {
      name: "Anteil der vereinbarten Integrationsziele, die fristgerecht erreicht wurden",
      source: "Zwischen- und Abschlussberichte der Ämter, Controlling",
    },
    {
      name: "Sitzungen der ämterübergreifenden Arbeitsgruppe Integration je Jahr",
      source: "Niederschriften der Arbeitsgruppe",
    },
  ],
  ueberpruefung: [
    {
      name: "Jährlicher Integrationsbericht an den Rat: vorgelegt ja oder nein, Datum der letzten Vorlage",
      source: "Ratsinformationssystem",
    },
    {
      name: "Sozialversicherungspflichtig Beschäftigte mit ausländischer Staatsangehörigkeit im Verhältnis zur Bevölkerung im erwerbsfähigen Alter",
      source: "Statistik der Bundesagentur für Arbeit (Kreisebene), Bayerisches Landesamt für Statistik",
    },
    {
      name: "Zufriedenheit von Zugewanderten mit kommunalen Angeboten",
      source: "eigene Befragung, anonym und mehrsprachig, vorab mit der*dem Datenschutzbeauftragten abgestimmt",
    },
  ],
};
