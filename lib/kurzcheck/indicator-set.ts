/**
 * The core set of integration indicators: figures a Bavarian Kommune records
 * once a year to check its goals ("Überprüfung"). Each names what is counted,
 * where the figure comes from (with the statistic or register to ask), which
 * Kurz-Check items it informs and which kinds of Kommune can get it at all —
 * a Gemeinde has no figures of a Jugendamt or an Einbürgerungsbehörde.
 *
 * Keys are stored with every value, so a key is never renamed.
 * Oriented on the Integrationsmonitoring der Länder and the KGSt core set,
 * cut down to what a Kommune can collect itself or ask for locally.
 */
import type { OrganisationKind } from "@/lib/organisations";
import type { ItemKey } from "./keys";

export const INDICATOR_UNITS = {
  prozent: { label: "%", short: "%", min: 0, max: 100, integer: false },
  je100: { label: "je 100", short: "je 100", min: 0, max: 100, integer: false },
  anzahl: { label: "Anzahl", short: "", min: 0, max: 10_000_000, integer: true },
  euro: { label: "Euro je Einwohner*in", short: "€", min: 0, max: 100_000, integer: false },
  je10000: { label: "Vollzeitstellen je 10.000 Einwohner*innen", short: "VZÄ je 10.000 EW", min: 0, max: 10_000, integer: false },
  punkte: { label: "Punkte von 0 bis 100", short: "Punkte", min: 0, max: 100, integer: false },
} as const;

export type IndicatorUnit = keyof typeof INDICATOR_UNITS;
export const INDICATOR_UNIT_KEYS = Object.keys(INDICATOR_UNITS) as [IndicatorUnit, ...IndicatorUnit[]];

export const INDICATOR_DIRECTIONS = {
  steigen: "Ziel: steigen",
  sinken: "Ziel: sinken",
  beobachten: "Kein Ziel, nur beobachten (Rahmendaten)",
} as const;

export type IndicatorDirection = keyof typeof INDICATOR_DIRECTIONS;
export const INDICATOR_DIRECTION_KEYS = Object.keys(INDICATOR_DIRECTIONS) as [IndicatorDirection, ...IndicatorDirection[]];

export interface CoreIndicator {
  key: string;
  name: string;
  definition: string;
  unit: IndicatorUnit;
  direction: IndicatorDirection;
  /** Where the figure comes from: the statistic, register or office to ask. */
  source: string;
  items: readonly ItemKey[];
  /** The kinds of Kommune that can get the figure; others do not see it offered. */
  kinds: readonly OrganisationKind[];
  /** Filled in by the portal itself (from the resident survey), never typed. */
  derived?: true;
}

const ALL_KINDS: readonly OrganisationKind[] = ["gemeinde", "markt", "stadt", "grosse_kreisstadt", "kreisfreie_stadt", "landkreis"];
/** Kreisebene: figures the statistics offer per Landkreis and kreisfreie Stadt only. */
const COUNTY_LEVEL: readonly OrganisationKind[] = ["landkreis", "kreisfreie_stadt"];

export const CORE_INDICATORS: readonly CoreIndicator[] = [
  {
    key: "auslaenderanteil",
    name: "Anteil ausländischer Staatsangehöriger an der Bevölkerung",
    definition:
      "Einwohner*innen ohne deutsche Staatsangehörigkeit je 100 Einwohner*innen am 31. Dezember. Wer neben der deutschen eine weitere Staatsangehörigkeit hat, zählt als deutsch. Ab 2022 beruht die Fortschreibung auf dem Zensus 2022: ein Bruch in der Zeitreihe.",
    unit: "prozent",
    direction: "beobachten",
    source: "Bayerisches Landesamt für Statistik, GENESIS-Online: Fortschreibung des Bevölkerungsstandes (Statistik 12411), für jede Gemeinde verfügbar",
    items: ["konzept", "angebote"],
    kinds: ALL_KINDS,
  },
  {
    key: "einbuergerungen",
    name: "Einbürgerungen je 100 Ausländer*innen mit mindestens zehn Jahren Aufenthalt",
    definition:
      "Einbürgerungen im Jahr je 100 ausländische Staatsangehörige, die am 31. Dezember des Vorjahres seit mindestens zehn Jahren in Deutschland lebten (ausgeschöpftes Einbürgerungspotenzial). Seit der Reform des Staatsangehörigkeitsrechts im Juni 2024 genügen meist fünf Jahre; die Bezugsgröße bleibt zur Vergleichbarkeit, ab 2024 mit Bruch in der Zeitreihe.",
    unit: "je100",
    direction: "steigen",
    source:
      "Einbürgerungsstatistik (Statistik 12511) und Ausländerstatistik nach Aufenthaltsdauer (Statistik 12521) beim Landesamt für Statistik; die Fallzahlen kennt die Staatsangehörigkeitsbehörde im Landratsamt bzw. in der kreisfreien Stadt",
    items: ["willkommen", "chefsache"],
    kinds: COUNTY_LEVEL,
  },
  {
    key: "kita-familiensprache",
    name: "Kita-Kinder, deren Eltern beide nichtdeutschsprachiger Herkunft sind",
    definition:
      "Anteil der geförderten Kinder ab drei Jahren in Kindertageseinrichtungen am Ort, bei denen in KiBiG.web beide Elternteile als nichtdeutschsprachiger Herkunft erfasst sind (Gewichtungsfaktor 1,3 der kindbezogenen Förderung nach dem BayKiBiG), an allen geförderten Kindern ab drei Jahren, zum Stichtag der Förderabrechnung. Jüngere Kinder haben einen eigenen Faktor und bleiben außen vor. Bei nur einer Einrichtung am Ort den Wert erst ab 20 Kindern eintragen, damit keine Familie erkennbar wird.",
    unit: "prozent",
    direction: "beobachten",
    source:
      "KiBiG.web (Förderverfahren nach dem BayKiBiG): Auswertung durch die Kita-Verwaltung der Gemeinde bzw. das Landratsamt als Bewilligungsbehörde (bei kreisfreien Städten die Regierung)",
    items: ["angebote", "konzept"],
    kinds: ALL_KINDS,
  },
  {
    key: "schulabgang-ohne-abschluss",
    name: "Ausländische Schulabgänger*innen ohne Abschluss",
    definition:
      "Anteil der Schüler*innen allgemeinbildender Schulen mit ausländischer Staatsangehörigkeit, die die Schule ohne erfolgreichen Mittelschulabschluss verlassen, an allen ausländischen Absolvent*innen und Abgänger*innen. Als Jahr gilt das Jahr, in dem das Schuljahr endet. Tragen Sie zum Vergleich denselben Anteil bei deutschen Schüler*innen in die Anmerkung ein.",
    unit: "prozent",
    direction: "sinken",
    source: "Statistik der allgemeinbildenden Schulen (Statistik 21111), Landesamt für Statistik, nach Schulort; Staatliches Schulamt",
    items: ["angebote", "netzwerk"],
    kinds: COUNTY_LEVEL,
  },
  {
    key: "auszubildende-auslaendisch",
    name: "Anteil der Auszubildenden mit ausländischer Staatsangehörigkeit",
    definition: "Auszubildende mit ausländischer Staatsangehörigkeit je 100 Auszubildende am 31. Dezember.",
    unit: "prozent",
    direction: "steigen",
    source:
      "Berufsbildungsstatistik (Statistik 21211), Landesamt für Statistik; Beschäftigungsstatistik der Bundesagentur für Arbeit (Auszubildende nach Staatsangehörigkeit, Kreise)",
    items: ["netzwerk", "angebote"],
    kinds: COUNTY_LEVEL,
  },
  {
    key: "beschaeftigungsquote-auslaendisch",
    name: "Beschäftigungsquote ausländischer Staatsangehöriger",
    definition:
      "Sozialversicherungspflichtig Beschäftigte mit ausländischer Staatsangehörigkeit am Wohnort je 100 ausländische Einwohner*innen von 15 bis unter 65 Jahren, Stichtag 30. Juni.",
    unit: "prozent",
    direction: "steigen",
    source: "Statistik der Bundesagentur für Arbeit: Beschäftigungsquoten nach Staatsangehörigkeit (Kreise)",
    items: ["netzwerk", "angebote"],
    kinds: COUNTY_LEVEL,
  },
  {
    key: "arbeitslosenquote-auslaendisch",
    name: "Arbeitslosenquote ausländischer Staatsangehöriger",
    definition: "Arbeitslose mit ausländischer Staatsangehörigkeit in Prozent aller ausländischen zivilen Erwerbspersonen, Jahresdurchschnitt.",
    unit: "prozent",
    direction: "sinken",
    source:
      "Statistik der Bundesagentur für Arbeit: Arbeitsmarkt in Zahlen, Arbeitslose nach Staatsangehörigkeit (Kreise); Agentur für Arbeit und Jobcenter vor Ort",
    items: ["netzwerk", "angebote"],
    kinds: COUNTY_LEVEL,
  },
  {
    key: "personal-einwanderungsgeschichte",
    name: "Beschäftigte der eigenen Verwaltung mit Einwanderungsgeschichte",
    definition:
      "Anteil der Antwortenden einer freiwilligen, anonymen Beschäftigtenbefragung, die selbst nach Deutschland eingewandert sind oder deren beide Elternteile eingewandert sind (Einwanderungsgeschichte, wie das Statistische Bundesamt sie bestimmt). Die Zahl der Antwortenden gehört in die Anmerkung.",
    unit: "prozent",
    direction: "steigen",
    source:
      "Eigene anonyme Beschäftigtenbefragung (Personalamt mit Personalrat und behördlicher Datenschutzbeauftragter bzw. behördlichem Datenschutzbeauftragten), mit einem Werkzeug ohne Speicherung von IP-Adressen. Die Angabe berührt die ethnische Herkunft (Art. 9 DSGVO): Wert nur eintragen, wenn mindestens zehn Beschäftigte geantwortet haben, keine Aufschlüsselung nach Abteilung, Alter oder Geschlecht; sie darf weder personenbezogen noch in der Personalakte erfasst werden",
    items: ["personal"],
    kinds: ALL_KINDS,
  },
  {
    key: "fortbildung-interkulturell",
    name: "Beschäftigte mit Fortbildung zu interkultureller Öffnung oder Diskriminierungsschutz",
    definition: "Anteil der Beschäftigten der Verwaltung, die im Jahr an mindestens einer solchen Fortbildung teilgenommen haben.",
    unit: "prozent",
    direction: "steigen",
    source: "Fortbildungsübersicht des Personalamts; Teilnahmebestätigungen der Bayerischen Verwaltungsschule und eigener Angebote",
    items: ["fortbildung"],
    kinds: ALL_KINDS,
  },
  {
    key: "beirat-wahlbeteiligung",
    name: "Wahlbeteiligung bei der Wahl des Integrationsbeirats",
    definition:
      "Wählende je 100 Wahlberechtigte bei der Wahl des Integrations-, Migrations- oder Ausländerbeirats, eingetragen im Jahr der Wahl. Ein solcher Beirat ist in Bayern freiwillig, meist per Satzung, teils per Stadtratsbeschluss eingerichtet; wird er berufen statt gewählt, entfällt der Wert.",
    unit: "prozent",
    direction: "steigen",
    source: "Wahlniederschrift des Wahlamts bzw. der Geschäftsstelle des Beirats",
    items: ["beteiligung"],
    kinds: ALL_KINDS,
  },
  {
    key: "migrantenorganisationen",
    name: "Migrant*innenorganisationen in Gremien und Beteiligungsverfahren",
    definition: "Zahl der Migrant*innenorganisationen, die im Jahr in einem Gremium, Arbeitskreis oder Beteiligungsverfahren der Kommune mitgewirkt haben.",
    unit: "anzahl",
    direction: "steigen",
    source: "Teilnahmelisten der Gremien und Beteiligungsverfahren, Stabsstelle Integration (nur Organisationen zählen, keine Personen)",
    items: ["beteiligung", "netzwerk"],
    kinds: ALL_KINDS,
  },
  {
    key: "stellen-integration",
    name: "Stellen für Integrationsaufgaben je 10.000 Einwohner*innen",
    definition:
      "Vollzeitäquivalente der Stellen mit Integrationsaufgaben laut Stellenplan (Integrationsbeauftragte, Koordination, Beratung in der Verwaltung) je 10.000 Einwohner*innen, Stand 31. Dezember.",
    unit: "je10000",
    direction: "steigen",
    source: "Stellenplan im Haushalt (Personalamt); Einwohnerzahl aus der Fortschreibung des Landesamts für Statistik",
    items: ["stabsstelle", "querschnitt"],
    kinds: ALL_KINDS,
  },
  {
    key: "haushalt-integration",
    name: "Haushaltsmittel für Integration je Einwohner*in",
    definition:
      "Ausgaben der Kommune für freiwillige Integrationsaufgaben im Jahr (ohne Leistungen nach dem Asylbewerberleistungsgesetz und dem SGB II), geteilt durch die Einwohnerzahl.",
    unit: "euro",
    direction: "steigen",
    source: "Jahresrechnung bzw. Jahresabschluss (Kämmerei); Einwohnerzahl des Landesamts für Statistik",
    items: ["beschluss", "chefsache"],
    kinds: ALL_KINDS,
  },
  {
    key: "mehrsprachige-leistungen",
    name: "Häufig genutzte Verwaltungsleistungen mit Informationen in weiteren Sprachen",
    definition:
      "Anteil der 20 am häufigsten nachgefragten Verwaltungsleistungen (etwa Wohnsitzanmeldung, Kita-Platz, Gewerbeanmeldung), zu denen es Informationen in mindestens einer anderen Sprache als Deutsch gibt. Leichte Sprache zählt hier nicht.",
    unit: "prozent",
    direction: "steigen",
    source: "Eigene Erhebung der Stabsstelle mit dem Bürgerbüro; Leistungsbeschreibungen im BayernPortal und auf der eigenen Website",
    items: ["willkommen", "angebote"],
    kinds: ALL_KINDS,
  },
  {
    key: "diskriminierung-beratungsfaelle",
    name: "Beratungsfälle wegen Diskriminierung",
    definition:
      "Zahl der Beratungsfälle von Menschen aus der Kommune, die die Antidiskriminierungsberatung (eigene Stelle oder Kooperationspartner) im Jahr bearbeitet hat. Mehr Fälle können auch heißen: Das Angebot ist bekannter geworden. Gibt es keine Beratungsstelle, tragen Sie keinen Wert ein (nicht 0).",
    unit: "anzahl",
    direction: "beobachten",
    source:
      "Fallstatistik der Antidiskriminierungsberatung, ohne personenbezogene Daten. Unter fünf Fällen mehrere Jahre zusammenfassen; in der Anmerkung keine Fallschilderungen, Orte oder Daten",
    items: ["antidiskriminierung"],
    kinds: ALL_KINDS,
  },
  {
    key: "befragung-index",
    name: "Gesamtwert der Einwohnerbefragung",
    definition:
      "Gesamtwert (0 bis 100) der letzten im Jahr beendeten Einwohnerbefragung im Portal, sobald mindestens zehn Antworten vorliegen. Das Portal trägt ihn selbst ein.",
    unit: "punkte",
    direction: "steigen",
    source: "Einwohnerbefragung im Portal (unter „Befragungen“)",
    items: ["willkommen", "beteiligung", "antidiskriminierung"],
    kinds: ALL_KINDS,
    derived: true,
  },
];

/** The core indicators a kind of Kommune can get, in the set's order. */
export function coreIndicatorsFor(kind: OrganisationKind): CoreIndicator[] {
  return CORE_INDICATORS.filter((indicator) => indicator.kinds.includes(kind));
}

/** "12,5 %", "3,2 je 100", "1.250", "18,40 €": a value with its unit, as a German reader expects it. */
export function formatIndicatorValue(value: number, unit: IndicatorUnit): string {
  const digits = unit === "anzahl" ? 0 : unit === "euro" ? 2 : 1;
  const number = value.toLocaleString("de-DE", { minimumFractionDigits: 0, maximumFractionDigits: digits });
  const short = INDICATOR_UNITS[unit].short;
  return short ? `${number}\u00a0${short}` : number;
}
