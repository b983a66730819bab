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
      "Hat Ihre Kommune bzw. Ihr Landkreis durch einen Grundsatzbeschluss des Gemeinderats, Stadtrats oder Kreistags festgelegt, dass sie eine aktive Integrationspolitik verfolgt?",
    evidence: "Zum Beispiel ein Ratsbeschluss mit Datum, ein Beschluss über ein Integrationskonzept oder über eine Stelle für Integration.",
    factors: ["chefsache", "leitbild-und-integrationskonzept"],
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
      "Hat Ihre Kommune bzw. Ihr Landkreis ein Integrationskonzept mit konkreten Zielen und Handlungsfeldern erstellt und mit allen Beteiligten abgestimmt – u. a. Verwaltung, gegebenenfalls kreisangehörigen Gemeinden, Fachdiensten, Verbänden und Vereinen?",
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
      "Hat Ihre Kommune bzw. Ihr Landkreis das bürgerschaftliche Engagement von Zugewanderten und Einheimischen sowie Dialog und Teilhabe aktiv gefördert?",
    evidence: "Zum Beispiel ein Integrationsbeirat, Lotsenprojekte, ein interreligiöser Runder Tisch, Förderung von Migrant*innenorganisationen.",
    factors: ["beteiligung"],
  },
  netzwerk: {
    title: "Netzwerk",
    question:
      "Hat Ihre Kommune bzw. Ihr Landkreis ein aktives Netzwerk aller Fachkräfte und Beteiligten aufgebaut, das von der Kommune bzw. vom Landratsamt koordiniert wird?",
    evidence: "Zum Beispiel ein Runder Tisch Integration mit regelmäßigen Treffen, eine gemeinsame Angebotsübersicht, abgestimmte Übergänge.",
    factors: ["netzwerk"],
  },
  personal: {
    title: "Zugewanderte im Personal",
    question: "Stellt Ihre Kommune bzw. Ihr Landkreis Zugewanderte in der Verwaltung ein und fördert und qualifiziert sie weiter – auf allen Hierarchieebenen?",
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
    question: "Hat Ihre Kommune bzw. Ihr Landkreis ihre Angebote und Dienstleistungen so ausgerichtet, dass sie für alle Bevölkerungsgruppen angemessen sind?",
    evidence: "Zum Beispiel mehrsprachige Informationen, einfache Sprache, Dolmetschangebote, Auswertungen, wer welche Angebote nutzt.",
    factors: ["interkulturelle-oeffnung", "ueberpruefung"],
  },
  antidiskriminierung: {
    title: "Schutz vor Diskriminierung",
    question:
      "Hat Ihre Kommune bzw. Ihr Landkreis eine interne Beschwerdestelle nach dem AGG eingerichtet und gibt es in der Kommune bzw. im Landkreis eine öffentliche Antidiskriminierungsberatung?",
    evidence: "Zum Beispiel eine benannte AGG-Beschwerdestelle mit Verfahren, eine erreichbare Beratungsstelle für Bürger*innen, ausgewertete Anfragen.",
    factors: ["agg-beschwerdestelle", "gegen-rassismus"],
  },
  chefsache: {
    title: "Integration ist Chefsache",
    question:
      "Nimmt sich Ihr*e Bürgermeister*in bzw. Landrät*in persönlich des Themas Integration an und vertritt es aktiv in der Verwaltung und in der Öffentlichkeit?",
    evidence:
      "Zum Beispiel öffentliche Auftritte und Stellungnahmen, Integration als fester Punkt in der Amtsleitungsrunde, direkte Anbindung der Stabsstelle.",
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
