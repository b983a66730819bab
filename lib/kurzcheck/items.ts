/**
 * The 13 items of the Kurz-Check: the single source of truth for their order,
 * wording, evidence hints, the success factors they measure and the next step
 * for each band. Keys are stable (see keys.ts); the wording is our own.
 */
import type { FactorSlug } from "./factors";
import { ITEM_KEYS, type ItemKey } from "./keys";
import type { BandKey } from "./scoring";

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
  /** What a Kommune at this level does next. */
  nextSteps: Record<BandKey, string>;
}

type ItemText = Omit<CheckItem, "key" | "number">;

const ITEM_TEXTS: Record<ItemKey, ItemText> = {
  beschluss: {
    title: "Politischer Beschluss",
    question:
      "Hat der Gemeinderat, Stadtrat oder Kreistag grundsätzlich beschlossen, dass Ihre Kommune eine aktive Integrationspolitik verfolgt?",
    evidence: "Zum Beispiel ein Ratsbeschluss mit Datum, ein Beschluss über ein Integrationskonzept oder über eine Stelle für Integration.",
    factors: ["chefsache", "leitbild-und-integrationskonzept"],
    nextSteps: {
      low: "Bereiten Sie mit den Fraktionsvorsitzenden eine Beschlussvorlage vor, die Integration als Aufgabe der Kommune festhält und die Verwaltung beauftragt, ein Konzept zu erarbeiten.",
      middle: "Machen Sie den vorhandenen Beschluss konkret: Verknüpfen Sie ihn mit einem Auftrag, einem Zeitplan und einem jährlichen Bericht an den Rat.",
      high: "Halten Sie den Beschluss lebendig: Berichten Sie dem Rat jährlich über die Umsetzung und erneuern Sie den Auftrag zu Beginn jeder Wahlperiode.",
    },
  },
  leitbild: {
    title: "Leitbild",
    question:
      "Gibt es ein kommunales Leitbild, das Integration und Inklusion als Leitlinien festschreibt und Diskriminierung und Rassismus klar zurückweist?",
    evidence: "Zum Beispiel ein veröffentlichtes Leitbild, Leitlinien im Integrationskonzept oder eine vom Rat beschlossene Erklärung.",
    factors: ["leitbild-und-integrationskonzept", "gegen-rassismus"],
    nextSteps: {
      low: "Laden Sie Politik, Verwaltung, Vereine und Zugewanderte zu einer Werkstatt ein und formulieren Sie in wenigen Sätzen, wofür Ihre Kommune stehen will.",
      middle: "Ergänzen Sie das Leitbild um eine ausdrückliche Absage an Rassismus und Diskriminierung und machen Sie es in Verwaltung und Öffentlichkeit bekannt.",
      high: "Prüfen Sie, ob das Leitbild im Alltag wirkt: Beziehen Sie sich in Entscheidungen, Stellenanzeigen und Öffentlichkeitsarbeit darauf und überarbeiten Sie es alle paar Jahre gemeinsam.",
    },
  },
  konzept: {
    title: "Integrationskonzept",
    question:
      "Hat Ihre Kommune ein Integrationskonzept mit konkreten Zielen und Handlungsfeldern, das mit allen Beteiligten abgestimmt ist – Verwaltung, gegebenenfalls kreisangehörige Gemeinden, Fachdienste, Verbände und Vereine?",
    evidence: "Zum Beispiel ein beschlossenes Konzept mit Zielen je Handlungsfeld, Protokolle der Beteiligung, ein Umsetzungsplan.",
    factors: ["leitbild-und-integrationskonzept", "zielvereinbarungen", "ueberpruefung"],
    nextSteps: {
      low: "Beginnen Sie mit einer Bestandsaufnahme: Welche Angebote, Akteure und Lücken gibt es? Daraus entsteht in einer Auftaktkonferenz der Rahmen für ein Konzept.",
      middle: "Schärfen Sie die Ziele des Konzepts: Legen Sie für jedes Handlungsfeld fest, wer bis wann was erreichen soll, und stimmen Sie das mit allen Beteiligten ab.",
      high: "Schreiben Sie das Konzept fort: Werten Sie die Umsetzung aus, beteiligen Sie erneut alle Akteure und passen Sie Ziele an neue Entwicklungen an.",
    },
  },
  stabsstelle: {
    title: "Stabsstelle Integration",
    question:
      "Gibt es eine verantwortliche Stabsstelle oder eine*n Integrationsbeauftragte*n, und stehen dafür die nötigen Mittel und Ressourcen bereit?",
    evidence: "Zum Beispiel eine Stellenbeschreibung, der Stundenumfang, ein eigener Haushaltsansatz, die Anbindung an die Verwaltungsspitze.",
    factors: ["integrationsbeauftragte", "ressourcen"],
    nextSteps: {
      low: "Benennen Sie eine verantwortliche Person mit einem festen Stundenanteil und machen Sie sie intern wie öffentlich bekannt.",
      middle: "Stärken Sie die Stelle: Binden Sie sie direkt an die Verwaltungsspitze an und sichern Sie Stunden und Budget dauerhaft im Haushalt.",
      high: "Sichern Sie die Stelle langfristig ab, etwa durch eine unbefristete Besetzung und eine Vertretung, und geben Sie ihr regelmäßig Raum im Rat.",
    },
  },
  querschnitt: {
    title: "Querschnittsaufgabe",
    question:
      "Ist verbindlich und auf Dauer sichergestellt, dass die gesamte Verwaltung an der Querschnittsaufgabe Integration mitwirkt?",
    evidence: "Zum Beispiel eine ämterübergreifende Arbeitsgruppe, Beiträge aller Ämter im Konzept, Integrationsziele in Zielvereinbarungen.",
    factors: ["zielvereinbarungen", "interkulturelle-oeffnung"],
    nextSteps: {
      low: "Bitten Sie jedes Amt, eine Ansprechperson für Integration zu benennen, und bringen Sie diese Personen einmal im Quartal an einen Tisch.",
      middle: "Machen Sie die Mitwirkung verbindlich: Nehmen Sie Integrationsziele in die Zielvereinbarungen mit den Amtsleitungen auf.",
      high: "Lassen Sie die Ämter jährlich über ihren Beitrag berichten und nutzen Sie die Ergebnisse für die Steuerung der ganzen Verwaltung.",
    },
  },
  willkommen: {
    title: "Willkommenskultur",
    question: "Hat Ihre Kommune eine öffentliche Kultur der Anerkennung und des Willkommens etabliert?",
    evidence: "Zum Beispiel Empfänge für Neubürger*innen, Einbürgerungsfeiern, mehrsprachige Willkommensinformationen, interkulturelle Wochen.",
    factors: ["willkommenskultur"],
    nextSteps: {
      low: "Beginnen Sie mit einem sichtbaren Zeichen: einer feierlichen Einbürgerung im Rathaus oder einer Willkommensmappe für Neuzugezogene.",
      middle: "Machen Sie aus einzelnen Aktionen eine feste Tradition, etwa einen jährlichen Neubürgerempfang, und beziehen Sie Vereine und Betriebe ein.",
      high: "Fragen Sie Neuzugezogene, wie sie das Ankommen erlebt haben, und entwickeln Sie die Willkommenskultur mit ihnen weiter.",
    },
  },
  beteiligung: {
    title: "Engagement und Beteiligung",
    question:
      "Hat Ihre Kommune das bürgerschaftliche Engagement von Zugewanderten und Einheimischen sowie Dialog und Teilhabe aktiv gefördert?",
    evidence: "Zum Beispiel ein Integrationsbeirat, Lotsenprojekte, ein interreligiöser Runder Tisch, Förderung von Migrantenorganisationen.",
    factors: ["beteiligung"],
    nextSteps: {
      low: "Laden Sie Migrantenorganisationen, Initiativen und Ehrenamtliche zu einem ersten Gespräch ein und fragen Sie, was sie von der Kommune brauchen.",
      middle: "Geben Sie der Beteiligung eine feste Form, etwa einen Integrationsbeirat oder einen Dialogkreis, und hören Sie ihn vor wichtigen Entscheidungen an.",
      high: "Öffnen Sie weitere Beteiligungswege: Gewinnen Sie Zugewanderte für Ehrenämter, Gremien und Wahllisten und würdigen Sie ihr Engagement öffentlich.",
    },
  },
  netzwerk: {
    title: "Netzwerk",
    question:
      "Gibt es ein aktives Netzwerk aller Fachkräfte und Beteiligten, das von Ihrer Kommune oder Ihrem Landratsamt koordiniert wird?",
    evidence: "Zum Beispiel ein Runder Tisch Integration mit regelmäßigen Treffen, eine gemeinsame Angebotsübersicht, abgestimmte Übergänge.",
    factors: ["netzwerk"],
    nextSteps: {
      low: "Erstellen Sie eine Liste aller Stellen, die mit Integration zu tun haben, und laden Sie zu einem ersten Netzwerktreffen ein.",
      middle: "Geben Sie dem Netzwerk Verbindlichkeit: feste Termine, eine koordinierende Stelle in der Verwaltung und eine gemeinsame Übersicht der Angebote.",
      high: "Nutzen Sie das Netzwerk für gemeinsame Ziele und Projekte und binden Sie neue Partner wie Betriebe, Schulen oder Migrantenorganisationen ein.",
    },
  },
  personal: {
    title: "Zugewanderte im Personal",
    question:
      "Stellt Ihre Verwaltung Zugewanderte ein und fördert und qualifiziert sie weiter – auf allen Hierarchieebenen?",
    evidence: "Zum Beispiel Ausbildungswerbung bei Zugewanderten, Mentoring, Qualifizierungsangebote, Vielfalt in Führungspositionen.",
    factors: ["einstellung", "interkulturelle-oeffnung"],
    nextSteps: {
      low: "Ergänzen Sie Ihre Stellen- und Ausbildungsanzeigen um eine ausdrückliche Einladung an Menschen mit Einwanderungsgeschichte und werben Sie dort, wo diese Menschen sind.",
      middle: "Begleiten Sie Beschäftigte mit Einwanderungsgeschichte gezielt, etwa durch Mentoring, Anerkennung ausländischer Abschlüsse und Weiterbildung.",
      high: "Öffnen Sie Führungspositionen: Nehmen Sie Vielfalt in die Personalentwicklung auf und beobachten Sie, wie sie sich auf allen Ebenen entwickelt.",
    },
  },
  fortbildung: {
    title: "Interkulturelle Fortbildung",
    question:
      "Qualifiziert Ihre Kommune ihre Mitarbeitenden, vor allem die Führungskräfte, regelmäßig durch Fortbildungen in interkultureller Kompetenz?",
    evidence: "Zum Beispiel ein festes Fortbildungsangebot, Teilnahmezahlen, Einheiten für neue Führungskräfte und für den Publikumsverkehr.",
    factors: ["fortbildungen"],
    nextSteps: {
      low: "Beginnen Sie mit einer Fortbildung in interkultureller Kompetenz für die Amtsleitungen und die Bereiche mit dem meisten Publikumsverkehr.",
      middle: "Machen Sie die Fortbildung zum festen Bestandteil des Programms und der Einarbeitung – für Führungskräfte verpflichtend.",
      high: "Vertiefen Sie die Qualifizierung, etwa mit kollegialer Fallberatung und Themen wie Diskriminierung im Verwaltungshandeln, und werten Sie die Wirkung aus.",
    },
  },
  angebote: {
    title: "Angebote für alle",
    question:
      "Sind die Angebote und Dienstleistungen Ihrer Kommune oder Ihres Landkreises so ausgerichtet, dass sie alle Bevölkerungsgruppen angemessen erreichen?",
    evidence: "Zum Beispiel mehrsprachige Informationen, einfache Sprache, Dolmetschangebote, Auswertungen, wer welche Angebote nutzt.",
    factors: ["interkulturelle-oeffnung", "ueberpruefung"],
    nextSteps: {
      low: "Prüfen Sie in einem Bereich mit viel Publikumsverkehr gemeinsam mit Nutzer*innen, wo Sprache, Formulare oder Abläufe Hürden bilden, und beseitigen Sie die größten.",
      middle: "Weiten Sie die Prüfung auf weitere Ämter aus und sichern Sie Dolmetschangebote und Informationen in einfacher Sprache dauerhaft.",
      high: "Werten Sie regelmäßig aus, welche Gruppen Ihre Angebote nutzen, und steuern Sie nach, wo einzelne Gruppen nicht erreicht werden.",
    },
  },
  antidiskriminierung: {
    title: "Schutz vor Diskriminierung",
    question:
      "Gibt es in Ihrer Verwaltung eine interne Beschwerdestelle nach dem AGG und in Ihrer Kommune eine öffentliche Antidiskriminierungsberatung?",
    evidence: "Zum Beispiel eine benannte AGG-Beschwerdestelle mit Verfahren, eine erreichbare Beratungsstelle für Bürger*innen, ausgewertete Anfragen.",
    factors: ["agg-beschwerdestelle", "gegen-rassismus"],
    nextSteps: {
      low: "Benennen Sie die gesetzlich vorgeschriebene AGG-Beschwerdestelle, beschreiben Sie das Verfahren und machen Sie beides allen Beschäftigten bekannt.",
      middle: "Schaffen Sie eine öffentliche Antidiskriminierungsberatung, allein oder gemeinsam mit dem Landkreis, Nachbarkommunen oder einem freien Träger.",
      high: "Werten Sie Beschwerden und Beratungen anonymisiert aus und nutzen Sie die Erkenntnisse, um Abläufe in der Verwaltung zu verbessern.",
    },
  },
  chefsache: {
    title: "Integration ist Chefsache",
    question:
      "Nehmen Sie sich als Bürgermeister*in oder Landrät*in persönlich des Themas Integration an und vertreten es aktiv in der Verwaltung und in der Öffentlichkeit?",
    evidence: "Zum Beispiel öffentliche Auftritte und Stellungnahmen, Integration als fester Punkt in der Amtsleitungsrunde, direkte Anbindung der Stabsstelle.",
    factors: ["chefsache"],
    nextSteps: {
      low: "Setzen Sie ein persönliches Zeichen: Sprechen Sie beim nächsten öffentlichen Anlass über Integration und nehmen Sie das Thema in Ihre Amtsleitungsrunde auf.",
      middle: "Machen Sie Integration zu Ihrem festen Thema: regelmäßige Gespräche mit der Stabsstelle, sichtbare Termine mit Zugewanderten und klare Worte gegen Ausgrenzung.",
      high: "Werben Sie über Ihre Kommune hinaus für Integration, etwa im Landkreis, in Verbänden oder im Austausch mit anderen Bürgermeister*innen und Landrät*innen.",
    },
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
