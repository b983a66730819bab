/**
 * The 13 items of the Kurz-Check: the single source of truth for their order,
 * wording, evidence hints and the success factors they measure (anchors and
 * next steps per band are in item-guidance.ts). Keys are stable (see
 * keys.ts); the wording is our own, faithful to the brochure's questions.
 */
import type { FactorSlug } from "./factors";
import { ITEM_KEYS, type ItemKey } from "./keys";

export interface CheckItem {
  key: ItemKey;
  /** 1-based position, as on the paper. */
  number: number;
  /** Short handle for tables and charts. */
  title: string;
  /** The full question; also the accessible name of its radio group. */
  question: string;
  /** What counts as evidence, shown as a hint under the question. */
  evidence: string;
  factors: readonly FactorSlug[];
}

type ItemText = Omit<CheckItem, "key" | "number">;

const ITEM_TEXTS: Record<ItemKey, ItemText> = {
  beschluss: {
    title: "Politischer Beschluss",
    question:
      "Gibt es für Ihre Kommune bzw. Ihren Landkreis eine grundsätzliche politische Beschlusslage für eine aktive Integrationspolitik – getragen von einem Beschluss des Gemeinderats, Marktgemeinderats, Stadtrats oder Kreistags?",
    evidence: "Zum Beispiel ein Ratsbeschluss mit Datum, ein Beschluss über ein Integrationskonzept oder über eine Stelle für Integration.",
    factors: ["ressourcen", "leitbild-und-integrationskonzept"],
  },
  leitbild: {
    title: "Leitbild",
    question:
      "Hat Ihre Kommune bzw. Ihr Landkreis ein Leitbild erarbeitet, das Integration und Inklusion als Leitlinien festschreibt und Diskriminierung und Rassismus klar zurückweist?",
    evidence: "Zum Beispiel ein veröffentlichtes Leitbild, Leitlinien im Integrationskonzept oder eine vom Rat beschlossene Erklärung.",
    factors: ["leitbild-und-integrationskonzept", "gegen-rassismus"],
  },
  konzept: {
    title: "Integrationskonzept",
    question:
      "Liegt in Ihrer Kommune bzw. Ihrem Landkreis ein Integrationskonzept vor, das konkrete Ziele und Handlungsfelder benennt und mit den Beteiligten abgestimmt ist – etwa mit Verwaltung, Fachdiensten, Verbänden, Vereinen und, im Landkreis, den kreisangehörigen Gemeinden?",
    evidence: "Zum Beispiel ein beschlossenes Konzept mit Zielen je Handlungsfeld, Protokolle der Beteiligung, ein Umsetzungsplan.",
    factors: ["leitbild-und-integrationskonzept", "netzwerk", "ueberpruefung"],
  },
  stabsstelle: {
    title: "Stabsstelle Integration",
    question:
      "Hat Ihre Kommune bzw. Ihr Landkreis eine verantwortliche Stabsstelle mit einer*einem Integrationsbeauftragten eingerichtet und die nötigen Mittel und Ressourcen dafür bereitgestellt?",
    evidence: "Zum Beispiel eine Stellenbeschreibung, der Stundenumfang, ein eigener Haushaltsansatz, die Anbindung an die Verwaltungsspitze.",
    factors: ["integrationsbeauftragte", "ressourcen"],
  },
  querschnitt: {
    title: "Querschnittsaufgabe",
    question:
      "Hat Ihre Kommune bzw. Ihr Landkreis verbindlich und auf Dauer sichergestellt, dass die gesamte Verwaltung an der Querschnittsaufgabe Integration mitwirkt?",
    evidence: "Zum Beispiel eine ämterübergreifende Arbeitsgruppe, Beiträge aller Ämter im Konzept, Integrationsziele in Zielvereinbarungen.",
    factors: ["integrationsbeauftragte", "chefsache", "zielvereinbarungen"],
  },
  willkommen: {
    title: "Willkommenskultur",
    question: "Hat Ihre Kommune bzw. Ihr Landkreis eine öffentliche Kultur der Anerkennung und des Willkommens etabliert?",
    evidence: "Zum Beispiel Empfänge für Neubürger*innen, eine Feier für neu Eingebürgerte, mehrsprachige Willkommensinformationen, interkulturelle Wochen.",
    factors: ["willkommenskultur"],
  },
  beteiligung: {
    title: "Engagement und Beteiligung",
    question:
      "Fördert Ihre Kommune bzw. Ihr Landkreis aktiv, dass Zugewanderte und Alteingesessene sich ehrenamtlich einbringen, miteinander ins Gespräch kommen und am öffentlichen Leben teilhaben?",
    evidence: "Zum Beispiel ein Integrationsbeirat, Lotsenprojekte, ein interreligiöser Runder Tisch, Förderung von Migrant*innenorganisationen.",
    factors: ["beteiligung"],
  },
  netzwerk: {
    title: "Netzwerk",
    question:
      "Arbeiten die Fachkräfte und Beteiligten der Integrationsarbeit in Ihrer Kommune bzw. Ihrem Landkreis in einem lebendigen Netzwerk zusammen, das die Gemeinde, die Stadt bzw. das Landratsamt koordiniert?",
    evidence: "Zum Beispiel ein Runder Tisch Integration mit regelmäßigen Treffen, eine gemeinsame Angebotsübersicht, abgestimmte Übergänge.",
    factors: ["netzwerk"],
  },
  personal: {
    title: "Zugewanderte im Personal",
    question:
      "Hat Ihre Kommune bzw. Ihr Landkreis Zugewanderte in der eigenen Verwaltung eingestellt, gefördert und weiterqualifiziert – und zwar auf allen Hierarchieebenen?",
    evidence: "Zum Beispiel Ausbildungswerbung bei Zugewanderten, Mentoring, Qualifizierungsangebote, Vielfalt in Führungspositionen.",
    factors: ["einstellung", "interkulturelle-oeffnung"],
  },
  fortbildung: {
    title: "Interkulturelle Fortbildung",
    question:
      "Qualifiziert Ihre Kommune bzw. Ihr Landkreis die Mitarbeitenden, vor allem die Führungskräfte, regelmäßig durch Fortbildungen in interkultureller Kompetenz?",
    evidence: "Zum Beispiel ein festes Fortbildungsangebot, Teilnahmezahlen, Einheiten für neue Führungskräfte und für den Publikumsverkehr.",
    factors: ["fortbildungen"],
  },
  angebote: {
    title: "Angebote für alle",
    question: "Sind die Angebote und Dienstleistungen Ihrer Kommune bzw. Ihres Landkreises so ausgerichtet, dass sie allen Bevölkerungsgruppen gerecht werden?",
    evidence: "Zum Beispiel mehrsprachige Informationen, einfache Sprache, Dolmetschangebote, Auswertungen, wer welche Angebote nutzt.",
    factors: ["interkulturelle-oeffnung", "ueberpruefung"],
  },
  antidiskriminierung: {
    title: "Schutz vor Diskriminierung",
    question:
      "Hat Ihre Kommune bzw. Ihr Landkreis eine interne Beschwerdestelle nach dem AGG eingerichtet und vor Ort eine öffentliche Antidiskriminierungsberatung geschaffen – selbst oder durch die Beauftragung eines Trägers?",
    evidence: "Zum Beispiel eine benannte AGG-Beschwerdestelle mit Verfahren, eine erreichbare Beratungsstelle für Bürger*innen, ausgewertete Anfragen.",
    factors: ["agg-beschwerdestelle", "gegen-rassismus"],
  },
  chefsache: {
    title: "Integration ist Chefsache",
    question:
      "Nehmen Sie sich als Bürgermeister*in, Oberbürgermeister*in bzw. Landrät*in des Themas Integration persönlich an und vertreten es sichtbar in der Verwaltung und nach außen? Kurz gefragt: Ist Integration bei Ihnen Chefsache?",
    evidence:
      "Füllt ein Team den Check aus: Antworten Sie hier so, wie Ihre Verwaltungsspitze antworten würde, oder lassen Sie sie diese Frage selbst beantworten. Belege sind zum Beispiel öffentliche Auftritte und Stellungnahmen, Integration als fester Punkt in der Amtsleitungsrunde, die direkte Anbindung der Stabsstelle.",
    factors: ["chefsache", "gegen-rassismus"],
  },
};

export const CHECK_ITEMS: readonly CheckItem[] = ITEM_KEYS.map((key, index) => ({
  key,
  number: index + 1,
  ...ITEM_TEXTS[key],
}));

export function getItem(key: ItemKey): CheckItem {
  return CHECK_ITEMS[ITEM_KEYS.indexOf(key)]!;
}

/** The items that measure a success factor, in check order. */
export function itemsForFactor(slug: string): CheckItem[] {
  return CHECK_ITEMS.filter((item) => (item.factors as readonly string[]).includes(slug));
}

/** What a questionnaire sent with open items answers (the team's check, a personal link, a workshop): which items are missing. */
export function missingItemsMessage(missing: readonly ItemKey[]): string {
  const list = missing.map((key) => `Frage ${getItem(key).number} (${getItem(key).title})`).join(", ");
  return `Bitte beantworten Sie zuerst alle 13 Fragen. Es fehlen noch: ${list}.`;
}
